package jdelt.smile;

import org.bytedeco.openblas.presets.openblas_nolapack;

/**
 * Keeps OpenBLAS, which Smile's dense solvers call through JavaCPP (Bytedeco's OpenBLAS presets),
 * on one thread: with its default thread pool, Smile's RBF solve crashed the JVM with a
 * segmentation fault (exit code 139, no Java exception) from about 100 samples on, on a two-core
 * Linux machine, and ran correctly with one thread ({@code SmileContractTest} fits 161 samples).
 * The setting is process-wide: other OpenBLAS users in the same JVM run single-threaded too, which
 * costs little for the one-dimensional systems these adapters solve.
 */
final class SingleThreadedBlas {

    static {
        openblas_nolapack.blas_set_num_threads(1);
    }

    private SingleThreadedBlas() {
    }

    /** Sets OpenBLAS to one thread, once per JVM (the class initialiser does it). */
    static void ensure() {
        // loading the class ran the initialiser
    }
}
