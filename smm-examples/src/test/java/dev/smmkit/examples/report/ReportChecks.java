package dev.smmkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;

/** Checks shared by the report tests: the page is well-formed, self-contained, with real images. */
public final class ReportChecks {
  private static final String DATA_PNG = "data:image/png;base64,";
  private static final Pattern REMOTE = Pattern.compile("(?i)^\\s*(https?:|//|ftp:|file:)");

  private ReportChecks() {}

  /**
   * Asserts that the page is HTML5 without parse errors and well-formed XML, loads nothing from
   * anywhere (no scripts, links, frames, remote URLs or CSS imports) and embeds every image as a
   * non-trivial data: PNG with alternative text.
   *
   * @param html the page
   * @return the parsed page, for further checks
   */
  public static Document assertSelfContained(String html) {
    assertThat(html).startsWith("<!DOCTYPE html>");

    Parser parser = Parser.htmlParser().setTrackErrors(100);
    Document doc = Jsoup.parse(html, "", parser);
    List<String> errors = parser.getErrors().stream().map(ParseError::toString).toList();
    assertThat(errors).as("HTML5 parse errors").isEmpty();
    assertXmlWellFormed(html);

    assertThat(doc.select("script, link, iframe, frame, object, embed, base, form, audio, video"))
        .as("elements that run code or load resources")
        .isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("event handler on <%s>", e.tagName()).doesNotStartWith("on");
        boolean url =
            Set.of("src", "href", "srcset", "action", "poster", "data", "background", "cite")
                .contains(a.getKey());
        if (url) {
          assertThat(a.getValue())
              .as("%s of <%s>", a.getKey(), e.tagName())
              .doesNotContainPattern(REMOTE);
        }
      }
    }
    String withoutImages = html.replaceAll("data:image/png;base64,[A-Za-z0-9+/=]+", "");
    assertThat(withoutImages)
        .doesNotContainIgnoringCase("http://")
        .doesNotContainIgnoringCase("https://");
    assertThat(doc.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]"))
        .as("CSP meta")
        .isNotNull();

    for (Element img : doc.select("img")) {
      String src = img.attr("src");
      assertThat(src).as("img src").startsWith(DATA_PNG);
      assertThat(img.attr("alt")).as("img alt").isNotBlank();
      byte[] png = Base64.getDecoder().decode(src.substring(DATA_PNG.length()));
      assertNonTrivialPng(png, img.attr("alt"));
    }
    return doc;
  }

  /**
   * Asserts that bytes are a PNG that decodes to an image wider than 100 pixels that is not one
   * colour: several colours, and some pixels unlike the background.
   *
   * @param png the bytes
   * @param what what the image is, for messages
   * @return the decoded image
   */
  public static BufferedImage assertNonTrivialPng(byte[] png, String what) {
    assertThat(png).as("PNG signature of %s", what).startsWith(0x89, 'P', 'N', 'G');
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new AssertionError("cannot decode " + what, e);
    }
    assertThat(image).as("decoded %s", what).isNotNull();
    assertThat(image.getWidth()).as("width of %s", what).isGreaterThan(100);
    assertThat(image.getHeight()).as("height of %s", what).isGreaterThan(50);
    Set<Integer> colours = new HashSet<>();
    int background = image.getRGB(0, 0) & 0xffffff;
    long differing = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        if (rgb != background) {
          differing++;
        }
      }
    }
    long pixels = (long) image.getWidth() * image.getHeight();
    assertThat(colours.size()).as("colours in %s", what).isGreaterThanOrEqualTo(3);
    assertThat(differing)
        .as("pixels unlike the background in %s", what)
        .isGreaterThan(pixels / 100);
    return image;
  }

  /**
   * Counts the pixels close to a colour (each channel within 12).
   *
   * @param image the image
   * @param rgb the colour, {@code 0xRRGGBB}
   * @return how many pixels are close to it
   */
  public static long pixelsNear(BufferedImage image, int rgb) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) <= 12
            && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= 12
            && Math.abs((p & 0xff) - (rgb & 0xff)) <= 12) {
          n++;
        }
      }
    }
    return n;
  }

  private static void assertXmlWellFormed(String html) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    } catch (Exception e) {
      fail("the page is not well-formed XML: " + e.getMessage(), e);
    }
  }
}
