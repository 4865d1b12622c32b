package org.pnpflow.letters;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;

/**
 * Turns rendered XHTML into PDF (openhtmltopdf), and a PDF back into its text (PDFBox),
 * which is what a letter says and what staff search and read.
 */
@Component
public class PdfDocuments {

	public byte[] toPdf(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			registerFonts(builder);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new IllegalStateException("The PDF could not be made", failed);
		}
	}

	/**
	 * Embeds the Liberation fonts the templates ask for when the machine has them
	 * (Debian: fonts-liberation), so names beyond Latin-1 print; without them the PDF's
	 * base fonts serve.
	 */
	private static void registerFonts(PdfRendererBuilder builder) {
		for (String[] font : FONTS) {
			File file = new File(font[0]);
			if (file.isFile()) {
				builder.useFont(file, font[1], Integer.parseInt(font[2]), font[3].equals("italic")
						? BaseRendererBuilder.FontStyle.ITALIC : BaseRendererBuilder.FontStyle.NORMAL, true);
			}
		}
	}

	private static final String DIR = "/usr/share/fonts/truetype/liberation/";

	private static final String[][] FONTS = {
			{ DIR + "LiberationSans-Regular.ttf", "Liberation Sans", "400", "normal" },
			{ DIR + "LiberationSans-Bold.ttf", "Liberation Sans", "700", "normal" },
			{ DIR + "LiberationSans-Italic.ttf", "Liberation Sans", "400", "italic" },
			{ DIR + "LiberationSerif-Regular.ttf", "Liberation Serif", "400", "normal" },
			{ DIR + "LiberationSerif-Bold.ttf", "Liberation Serif", "700", "normal" },
			{ DIR + "LiberationSerif-Italic.ttf", "Liberation Serif", "400", "italic" } };

	/**
	 * The text of a PDF in reading order, on one line: numbers a line break split at a
	 * hyphen ({@code PNP-NC-2026-} / {@code 000777}) are joined again.
	 */
	public static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document)
				.replaceAll("(?<=[A-Z0-9]-)\\s+(?=[A-Z0-9])", "")
				.replaceAll("\\s+", " ")
				.trim();
		}
		catch (IOException unreadable) {
			throw new IllegalStateException("Not a readable PDF", unreadable);
		}
	}

}
