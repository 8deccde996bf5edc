package jdelt.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** {@link Cells#number} parses through FastDoubleParser: every result must be Double.parseDouble's, bit for bit. */
class CellsExactParsingTest {

    @Test
    void randomDecimalTextsParseToTheCorrectlyRoundedDouble() {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 200_000; i++) {
            String text = switch (i % 3) {
                case 0 -> Double.toString(Double.longBitsToDouble(random.nextLong() & 0x7fef_ffff_ffff_ffffL));
                case 1 -> DoubleFormat.toString((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-30, 30)));
                default -> randomDigits(random);
            };
            assertSame(text);
        }
    }

    @Test
    void hardCasesSubnormalsExtremesAndHalfwayPoints() {
        for (String text : new String[] {"4.9E-324", "2.4703282292062327E-324", "2.4703282292062328E-324",
            "2.2250738585072011E-308", "2.2250738585072012e-308", "1.7976931348623157E308", "1.7976931348623158e308",
            "1.7976931348623159E308", "1e-400", "1e400", "-0", "0.0", "-0.0", "9007199254740993",
            "9007199254740992.5000000000000000000001", "0.1", ".5", "5.", "+3", "1e23", "8.98846567431158E307",
            "123456789012345678901234567890e-20", "0.000000000000000000000000000001"}) {
            assertSame(text);
        }
    }

    @Test
    void malformedNumbersAreRejected() {
        for (String text : new String[] {"1.2.3", "1e", "--1", ".", "1e+", "e5", "1-2", "+-1", "1E5.5"}) {
            assertThrows(NumberFormatException.class, () -> Cells.number(text), text);
        }
    }

    private static void assertSame(String text) {
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(Cells.number(text)), text);
    }

    /** Up to 25 digits with a point somewhere and an exponent, so that rounding beyond 17 digits is exercised. */
    private static String randomDigits(SplittableRandom random) {
        StringBuilder s = new StringBuilder(random.nextBoolean() ? "-" : "");
        int n = random.nextInt(1, 26);
        int point = random.nextInt(0, n + 1);
        for (int d = 0; d < n; d++) {
            if (d == point) {
                s.append('.');
            }
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.append('e').append(random.nextInt(-330, 310)).toString();
    }
}
