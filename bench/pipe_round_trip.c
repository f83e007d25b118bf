/* The floor under a worker-process sandbox block: one byte sent to a child
 * process over a pipe and one byte back, blocking reads, 20,000 times.
 *   gcc -O2 bench/pipe_round_trip.c -o /tmp/pipe_round_trip && /tmp/pipe_round_trip
 */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

int main(void) {
    int to_child[2], to_parent[2];
    char byte = 'x';
    const int rounds = 20000;
    if (pipe(to_child) != 0 || pipe(to_parent) != 0) {
        perror("pipe");
        return 1;
    }
    if (fork() == 0) {
        for (int i = 0; i < rounds; i++) {
            if (read(to_child[0], &byte, 1) != 1 || write(to_parent[1], &byte, 1) != 1) return 1;
        }
        return 0;
    }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (int i = 0; i < rounds; i++) {
        if (write(to_child[1], &byte, 1) != 1 || read(to_parent[0], &byte, 1) != 1) return 1;
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double ns = (end.tv_sec - start.tv_sec) * 1e9 + (end.tv_nsec - start.tv_nsec);
    printf("%.2f us per round trip\n", ns / rounds / 1e3);
    return 0;
}
