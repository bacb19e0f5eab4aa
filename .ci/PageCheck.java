import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Reads a full-page screenshot and prints: distinct colours, the last row with more than one
 * colour (where the content ends), and the height. Run as {@code java .ci/PageCheck.java shot.png}.
 */
public class PageCheck {
    public static void main(String[] args) throws Exception {
        BufferedImage img = ImageIO.read(new File(args[0]));
        Set<Integer> colours = new HashSet<>();
        int last = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            int first = img.getRGB(0, y);
            boolean varied = false;
            for (int x = 0; x < img.getWidth(); x++) {
                int c = img.getRGB(x, y);
                if (c != first) varied = true;
                if ((x & 1) == 0) colours.add(c);
            }
            if (varied) last = y;
        }
        System.out.println(colours.size() + " " + last + " " + img.getHeight());
    }
}
