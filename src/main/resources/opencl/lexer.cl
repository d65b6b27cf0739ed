/*
 * The chunked lexer automaton (see DESIGN.md, "The GPU lexer").
 *
 * The tables are io.portalis.accel.python.lexer.LexerAutomaton's, uploaded by the host:
 *   cls[256]         byte -> byte class
 *   next[S * NC]     (state, class) -> next state
 *   mark[S * NC]     (state, class) -> raw kind of the segment starting at this byte, 0 = none
 * Build options define S (state count), NC (class count) and START (the state a file starts in).
 *
 * The host concatenates the bodies of a batch's files and runs them in windows of at most the
 * device's budget; within a window, file f occupies [fileStart[f], fileEnd[f]) and the automaton
 * is reset to START at every file start. Position 0 of a window starts in init_state (carried from
 * the previous window when a file spans both).
 *
 *   1. chunk_maps    each work item runs its chunk from every state: map[c][s] = end state
 *   2. chunk_starts  one work group composes the maps across chunks: the true state at each chunk
 *                    start, and at the window end (chunk_state[C])
 *   3. count_marks   each chunk reruns from its true state and counts segment starts
 *   4. scan_counts   one work group turns the counts into offsets (exclusive prefix sum; total last)
 *   5. write_marks   each chunk reruns again and writes its segment starts and kinds at its offset,
 *                    and the state after each file's last byte (file_final[f])
 */

#ifndef S
#error "S (state count) must be defined"
#endif

/* first index f with starts[f] >= pos (starts sorted), or n */
static int lower_bound(global const int *starts, int n, int pos) {
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = (lo + hi) >> 1;
        if (starts[mid] < pos) lo = mid + 1; else hi = mid;
    }
    return lo;
}

kernel void chunk_maps(global const uchar *src, int n, int chunk,
                       constant uchar *cls, constant uchar *next,
                       global const int *file_start, int n_files,
                       global uchar *maps) {
    int c = get_global_id(0);
    int from = c * chunk;
    if (from >= n) return;
    int to = min(from + chunk, n);
    int f = lower_bound(file_start, n_files, from);
    int reset_at = f < n_files ? file_start[f] : INT_MAX;

    /* distinct lanes: lane[j] is a state; owner[s] says which lane start state s now follows */
    uchar lane[S], owner[S], slot[S], remap[S];
    int k = S;
    for (int s = 0; s < S; s++) { lane[s] = (uchar) s; owner[s] = (uchar) s; }
    for (int i = from; i < to; i++) {
        if (i == reset_at) {
            k = 1;
            lane[0] = (uchar) START;
            for (int s = 0; s < S; s++) owner[s] = 0;
            while (f < n_files && file_start[f] <= i) f++;
            reset_at = f < n_files ? file_start[f] : INT_MAX;
        }
        int base = cls[src[i]];
        for (int j = 0; j < k; j++) lane[j] = next[lane[j] * NC + base];
        if (k > 1 && ((i - from) & 15) == 15) {
            /* merge lanes that reached the same state */
            for (int s = 0; s < S; s++) slot[s] = 0xFF;
            int nk = 0;
            for (int j = 0; j < k; j++) {
                uchar st = lane[j];
                if (slot[st] == 0xFF) { slot[st] = (uchar) nk; nk++; }
                remap[j] = slot[st];
            }
            for (int s = 0; s < S; s++) owner[s] = remap[owner[s]];
            for (int s = 0; s < S; s++) if (slot[s] != 0xFF) lane[slot[s]] = (uchar) s;
            k = nk;
        }
    }
    global uchar *out = maps + (size_t) c * S;
    for (int s = 0; s < S; s++) out[s] = lane[owner[s]];
}

kernel void chunk_starts(global const uchar *maps, int n_chunks, int init_state,
                         global uchar *chunk_state, local uchar *comp, local uchar *range_start) {
    int t = get_local_id(0);
    int L = get_local_size(0);
    int per = (n_chunks + L - 1) / L;
    int c0 = min(t * per, n_chunks);
    int c1 = min(c0 + per, n_chunks);
    for (int s = 0; s < S; s++) {
        uchar st = (uchar) s;
        for (int c = c0; c < c1; c++) st = maps[(size_t) c * S + st];
        comp[t * S + s] = st;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (t == 0) {
        uchar st = (uchar) init_state;
        for (int u = 0; u < L; u++) {
            range_start[u] = st;
            st = comp[u * S + st];
        }
        chunk_state[n_chunks] = st;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    uchar st = range_start[t];
    for (int c = c0; c < c1; c++) {
        chunk_state[c] = st;
        st = maps[(size_t) c * S + st];
    }
}

kernel void count_marks(global const uchar *src, int n, int chunk,
                        constant uchar *cls, constant uchar *next, constant uchar *mark,
                        global const int *file_start, int n_files,
                        global const uchar *chunk_state, global int *counts) {
    int c = get_global_id(0);
    int from = c * chunk;
    if (from >= n) return;
    int to = min(from + chunk, n);
    int f = lower_bound(file_start, n_files, from);
    int reset_at = f < n_files ? file_start[f] : INT_MAX;
    uchar st = chunk_state[c];
    int count = 0;
    for (int i = from; i < to; i++) {
        if (i == reset_at) {
            st = (uchar) START;
            while (f < n_files && file_start[f] <= i) f++;
            reset_at = f < n_files ? file_start[f] : INT_MAX;
        }
        int e = st * NC + cls[src[i]];
        count += mark[e] != 0;
        st = next[e];
    }
    counts[c] = count;
}

kernel void scan_counts(global const int *counts, int n_chunks, global int *offsets,
                        local int *partial) {
    int t = get_local_id(0);
    int L = get_local_size(0);
    int per = (n_chunks + L - 1) / L;
    int c0 = min(t * per, n_chunks);
    int c1 = min(c0 + per, n_chunks);
    int sum = 0;
    for (int c = c0; c < c1; c++) sum += counts[c];
    partial[t] = sum;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (t == 0) {
        int run = 0;
        for (int u = 0; u < L; u++) {
            int v = partial[u];
            partial[u] = run;
            run += v;
        }
        offsets[n_chunks] = run;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    int run = partial[t];
    for (int c = c0; c < c1; c++) {
        offsets[c] = run;
        run += counts[c];
    }
}

kernel void write_marks(global const uchar *src, int n, int chunk,
                        constant uchar *cls, constant uchar *next, constant uchar *mark,
                        global const int *file_start, global const int *file_end, int n_files,
                        global const uchar *chunk_state, global const int *offsets,
                        global int *positions, global uchar *kinds, global uchar *file_final) {
    int c = get_global_id(0);
    int from = c * chunk;
    if (from >= n) return;
    int to = min(from + chunk, n);
    int f = lower_bound(file_start, n_files, from);
    int reset_at = f < n_files ? file_start[f] : INT_MAX;
    /* the file whose end comes next: ends are sorted like starts */
    int g = lower_bound(file_end, n_files, from + 1);
    int end_at = g < n_files ? file_end[g] : INT_MAX;
    uchar st = chunk_state[c];
    int out = offsets[c];
    for (int i = from; i < to; i++) {
        if (i == reset_at) {
            st = (uchar) START;
            while (f < n_files && file_start[f] <= i) f++;
            reset_at = f < n_files ? file_start[f] : INT_MAX;
        }
        int e = st * NC + cls[src[i]];
        uchar m = mark[e];
        if (m != 0) {
            positions[out] = i;
            kinds[out] = m;
            out++;
        }
        st = next[e];
        if (i + 1 == end_at) {
            while (g < n_files && file_end[g] == i + 1) {
                file_final[g] = st;
                g++;
            }
            end_at = g < n_files ? file_end[g] : INT_MAX;
        }
    }
}
