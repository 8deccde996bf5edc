package jdelt.interpolation.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class BandedSymmetricMatrixTest {

    /** The band of the inverse and the trace agree with a dense inverse of a random band matrix. */
    @Test
    void inverseBandMatchesTheDenseInverse() {
        Random random = new Random(3);
        int n = 30;
        int p = 4;
        BandedSymmetricMatrix band = new BandedSymmetricMatrix(n, p);
        BandedSymmetricMatrix other = new BandedSymmetricMatrix(n, p);
        RealMatrix dense = new Array2DRowRealMatrix(n, n);
        RealMatrix otherDense = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(0, i - p); j <= i; j++) {
                double v = i == j ? 3 + random.nextDouble() : random.nextDouble() - 0.5;
                double o = random.nextDouble();
                band.add(i, j, v);
                other.add(i, j, o);
                dense.setEntry(i, j, v);
                dense.setEntry(j, i, v);
                otherDense.setEntry(i, j, o);
                otherDense.setEntry(j, i, o);
            }
        }
        RealMatrix inverse = new LUDecomposition(dense).getSolver().getInverse();
        assertTrue(band.factorize());
        BandedSymmetricMatrix inverseBand = band.inverseBand();
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(0, i - p); j <= Math.min(n - 1, i + p); j++) {
                assertEquals(inverse.getEntry(i, j), inverseBand.get(i, j), 1e-12, "(" + i + ", " + j + ")");
            }
        }
        assertEquals(inverse.multiply(otherDense).getTrace(), inverseBand.traceOfProduct(other), 1e-10);
    }
}
