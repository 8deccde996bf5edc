package jdelt.interpolation.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NetworkTest {

    @ParameterizedTest
    @EnumSource(Activation.class)
    void backPropagatedGradientMatchesFiniteDifferencesOfTheLoss(Activation activation) {
        Network network = new Network(new int[] {5, 4}, activation);
        SplittableRandom random = new SplittableRandom(2);
        double[] theta = network.initialise(random);
        int n = 30;
        double[] u = new double[n];
        double[] t = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = -2 + 4.0 * i / (n - 1);
            t[i] = Math.sin(2 * u[i]) + 0.1 * random.nextDouble();
            w[i] = 1 + random.nextInt(3);
        }
        TrainingData data = new TrainingData(u, t, w);
        double decay = 0.3;
        double[] gradient = new double[theta.length];
        network.loss(theta, data, decay, gradient);
        double h = 1e-6;
        for (int k = 0; k < theta.length; k++) {
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[k] += h;
            minus[k] -= h;
            double fd = (network.loss(plus, data, decay, null) - network.loss(minus, data, decay, null)) / (2 * h);
            assertEquals(fd, gradient[k], 1e-7 + 1e-6 * Math.abs(fd), activation + " parameter " + k);
        }
    }
}
