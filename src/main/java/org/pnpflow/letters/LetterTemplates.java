package org.pnpflow.letters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.Sha256;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.unbescape.html.HtmlEscape;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The HTML templates of letters and certificates (Thymeleaf): read from
 * {@code pnp.template-directory} when it holds the template, so staff can change a letter
 * without a new build, otherwise from the built-in {@code letters/} and
 * {@code certificates/}.
 */
@Component
public class LetterTemplates {

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final Path directory;

	LetterTemplates(PnpProperties properties) {
		this.directory = properties.getTemplateDirectory() == null || properties.getTemplateDirectory().isBlank() ? null
				: Path.of(properties.getTemplateDirectory());
		int order = 1;
		if (this.directory != null) {
			FileTemplateResolver files = new FileTemplateResolver();
			files.setPrefix(this.directory.toAbsolutePath() + "/");
			files.setTemplateMode(TemplateMode.HTML);
			files.setCharacterEncoding(StandardCharsets.UTF_8.name());
			files.setCheckExistence(true);
			files.setCacheable(false);
			files.setOrder(order++);
			this.engine.addTemplateResolver(files);
		}
		ClassLoaderTemplateResolver builtIn = new ClassLoaderTemplateResolver();
		builtIn.setTemplateMode(TemplateMode.HTML);
		builtIn.setCharacterEncoding(StandardCharsets.UTF_8.name());
		builtIn.setCheckExistence(true);
		builtIn.setOrder(order);
		this.engine.addTemplateResolver(builtIn);
	}

	/**
	 * A letter or certificate rendered to XHTML, with its subject and the version of its
	 * template.
	 */
	public record Rendered(String html, String subject, String templateVersion) {
	}

	/**
	 * Renders {@code <name>} (e.g. {@code letters/NOMINATION.fr.html}) with the model.
	 */
	public Rendered render(String name, Map<String, Object> model, Locale locale) {
		String html = this.engine.process(name, new Context(locale, model));
		Matcher title = TITLE.matcher(html);
		String subject = title.find() ? HtmlEscape.unescapeHtml(title.group(1)).replaceAll("\\s+", " ").trim() : "";
		return new Rendered(html, subject, version(name));
	}

	/**
	 * Where the template comes from and a digest of its text: which text made a stored
	 * letter.
	 */
	String version(String name) {
		byte[] source;
		String origin;
		try {
			Path file = this.directory == null ? null : this.directory.resolve(name);
			if (file != null && Files.isRegularFile(file)) {
				source = Files.readAllBytes(file);
				origin = "dir";
			}
			else {
				try (InputStream in = new ClassPathResource(name).getInputStream()) {
					source = in.readAllBytes();
				}
				origin = "built-in";
			}
		}
		catch (IOException unreadable) {
			throw new IllegalStateException("Cannot read the template " + name, unreadable);
		}
		return name + "@" + origin + ":" + sha256(source).substring(0, 12);
	}

	private static String sha256(byte[] bytes) {
		return Sha256.of(bytes);
	}

}
