package fr.prestaflow.bench;

/**
 * A fixed piece of single-threaded work (random reads and writes over a 4 MB array), timed while the stack is idle.
 * The machine this bench shares can run the same code at different speeds from one minute to the next (a virtual
 * machine's neighbours): the probe's time, printed beside the figures, tells a slow run of the stack from a slow run
 * of the machine. Lower is faster; the best of five rounds after one to compile it.
 */
final class MachineProbe {

    private static final int SIZE = 1 << 20;
    private static final int PASSES = 40;

    private MachineProbe() {
    }

    static double millis() {
        int[] values = new int[SIZE];
        long best = Long.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round <= 5; round++) {
            long start = System.nanoTime();
            sink += work(values);
            long took = System.nanoTime() - start;
            if (round > 0) {
                best = Math.min(best, took);
            }
        }
        if (sink == 42) {
            System.out.print(""); // keeps the work from being optimised away
        }
        return best / 1e6;
    }

    private static long work(int[] values) {
        int seed = 12345;
        for (int i = 0; i < SIZE; i++) {
            seed = seed * 1103515245 + 12345;
            values[i] = seed;
        }
        long sum = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            for (int i = 0; i < SIZE; i++) {
                int j = (values[i] ^ pass) & (SIZE - 1);
                sum += values[j];
                values[i] = (int) (values[i] * 31L + sum);
            }
        }
        return sum;
    }
}
