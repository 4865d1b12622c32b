package org.pnpflow.letters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP relay in front of a real SMTP server that can break the next message at the
 * moment that decides its fate, as a node that dies or a network that fails there would:
 * <ul>
 * <li>{@link Cut#AFTER_END}: the end of the message reaches the server (which keeps it)
 * and the connection to the client drops before the server's answer reaches it;</li>
 * <li>{@link Cut#BEFORE_END}: both connections drop just before the end of the message,
 * so the server discards it.</li>
 * </ul>
 * Otherwise it passes every byte through unchanged.
 */
final class CuttingSmtpProxy implements AutoCloseable {

	enum Cut {

		AFTER_END, BEFORE_END

	}

	private static final byte[] END = "\r\n.\r\n".getBytes(StandardCharsets.US_ASCII);

	private final ServerSocket listener;

	private final int serverPort;

	private final AtomicReference<Cut> next = new AtomicReference<>();

	CuttingSmtpProxy(int port, int serverPort) throws IOException {
		this.listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
		this.serverPort = serverPort;
		Thread acceptor = new Thread(this::accept, "smtp-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** Breaks the next message that passes, then passes the rest through. */
	void cutNextMessage(Cut cut) {
		this.next.set(cut);
	}

	private void accept() {
		while (!this.listener.isClosed()) {
			try {
				Socket client = this.listener.accept();
				Socket server = new Socket(InetAddress.getLoopbackAddress(), this.serverPort);
				Thread answers = new Thread(() -> pipe(server, client, null), "smtp-proxy-answers");
				answers.setDaemon(true);
				answers.start();
				Thread commands = new Thread(() -> pipe(client, server, this.next), "smtp-proxy-commands");
				commands.setDaemon(true);
				commands.start();
			}
			catch (IOException ex) {
				// closed, or the server is not there: the client sees its connection drop
			}
		}
	}

	/**
	 * Copies bytes from one socket to the other; on the client's side, watches for the
	 * end of a message when a cut is wanted.
	 */
	private static void pipe(Socket from, Socket to, AtomicReference<Cut> cutting) {
		try (from; to) {
			InputStream in = from.getInputStream();
			OutputStream out = new BufferedOutputStream(to.getOutputStream());
			int matched = 0;
			int read;
			while ((read = in.read()) != -1) {
				Cut cut = (cutting != null) ? cutting.get() : null;
				if (cut != null) {
					matched = (read == END[matched]) ? matched + 1 : (read == END[0] ? 1 : 0);
					if (matched == 3 && cut == Cut.BEFORE_END) {
						// "\r\n" of the body went, the lone dot has not: the server
						// discards
						cutting.set(null);
						out.flush();
						return;
					}
					if (matched == END.length) {
						cutting.set(null);
						// the client loses its connection before any answer can reach it;
						// the server gets the end and keeps the message
						from.close();
						out.write(read);
						out.flush();
						Thread.sleep(300);
						return;
					}
				}
				out.write(read);
				if (in.available() == 0) {
					out.flush();
				}
			}
		}
		catch (IOException ex) {
			// one side went away; the other is closed with it
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() throws IOException {
		this.listener.close();
	}

}
