package jdelt.cli;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;

/**
 * Writes what a painter draws on a Java 2D canvas as an image file, headless: PNG through ImageIO
 * or SVG through Apache Batik's {@link SVGGraphics2D}, by the file's extension
 * ({@link DerivativePlot.Format}). Shared by the plots of {@code differentiate} and {@code gradient}.
 */
final class ImageFile {

    private ImageFile() {
    }

    /**
     * @param file the image file; its extension (.png or .svg) chooses the format
     * @param width the width in pixels
     * @param height the height in pixels
     * @param painter draws the image
     * @throws IOException if the file cannot be written
     */
    static void write(Path file, int width, int height, Consumer<Graphics2D> painter) throws IOException {
        if (DerivativePlot.Format.of(file) == DerivativePlot.Format.PNG) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            painter.accept(g);
            g.dispose();
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IllegalStateException("no PNG writer available");
            }
            return;
        }
        SVGGraphics2D g = new SVGGraphics2D(emptySvg());
        g.setSVGCanvasSize(new Dimension(width, height));
        painter.accept(g);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            g.stream(out, true);
        }
    }

    private static Document emptySvg() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML document builder available", e);
        }
    }
}
