package io.portalis.accel.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimdFlagsTest {
    @Test
    void picksSimdFlagsFromAnX86FlagsLine() {
        String line = "flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr "
                + "sse sse2 ht syscall nx pdpe1gb rdtscp lm constant_tsc rep_good nopl pni pclmulqdq ssse3 fma cx16 "
                + "sse4_1 sse4_2 x2apic movbe popcnt aes xsave avx f16c rdrand hypervisor avx2 avx512f avx512dq avx512_vnni";
        assertEquals(List.of("avx", "avx2", "avx512_vnni", "avx512dq", "avx512f", "f16c", "fma", "mmx", "pni",
                "sse", "sse2", "sse4_1", "sse4_2", "ssse3"), SimdFlags.fromFeatureLines(List.of(line)));
    }

    @Test
    void picksSimdFlagsFromAnArmFeaturesLine() {
        String line = "Features\t: fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp cpuid asimdrdm sve sve2 svei8mm";
        assertEquals(List.of("asimd", "asimdhp", "asimdrdm", "sve", "sve2", "svei8mm"), SimdFlags.fromFeatureLines(List.of(line)));
    }

    @Test
    void repeatedLinesGiveEachFlagOnceAndNonFlagsNothing() {
        assertEquals(List.of("sse2"), SimdFlags.fromFeatureLines(List.of("flags : sse2", "flags : sse2 lm", "PF_XMMI64_INSTRUCTIONS_AVAILABLE")));
        assertEquals(List.of(), SimdFlags.fromFeatureLines(List.of()));
    }
}
