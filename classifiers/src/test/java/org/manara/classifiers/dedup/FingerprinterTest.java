package org.manara.classifiers.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.manara.classifiers.text.Normalizer;

class FingerprinterTest {

    private static final Fingerprinter FP = Fingerprinter.create();

    @Test
    void simhashSetsTheBitsMostShingleHashesHave() {
        // against counting each bit of each hash; lengths around the 255-shingle lane flush
        Random random = new Random(7);
        for (int n : new int[] {1, 2, 3, 110, 254, 255, 256, 511, 777}) {
            for (int trial = 0; trial < 20; trial++) {
                long[] hashes = new long[n];
                for (int i = 0; i < n; i++) {
                    // skewed bits, so that counts land near half as well as far from it
                    hashes[i] = random.nextLong() & random.nextLong() | (trial % 2 == 0 ? 0 : 1L);
                }
                long expected = 0;
                for (int b = 0; b < 64; b++) {
                    int ones = 0;
                    for (long h : hashes) {
                        ones += (int) (h >>> b) & 1;
                    }
                    if (2 * ones > n) {
                        expected |= 1L << b;
                    }
                }
                assertThat(Fingerprinter.simhash(hashes)).as("%d shingles", n).isEqualTo(expected);
            }
        }
    }

    private static final String ORIGINAL =
            "Congratulations! You have won a free iPhone, claim your prize today at http://bit.ly/abc";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    CONGRATULATIONS!!! You have won a FREE iPhone 😍😍 claim your prize today at https://t.co/zzz
                    RT @promo: Congratulations, you have won a free iPhone... claim your prize today http://x.co/1
                    Congratulations! You've won a free iPhone, claim your prize today at http://bit.ly/abc
                    Congrat​ulations! Yоu have wоn a fr33 iPhone, claim your prize today
                    Congratulations! You have won a free iPhone, claim the prize today at http://bit.ly/abc
                    """)
    void nearCopiesShareABandKey(String copy) {
        Fingerprint a = FP.fingerprint(ORIGINAL);
        Fingerprint b = FP.fingerprint(copy);
        assertThat(b.sharesBand(a)).isTrue();
        assertThat(b.jaccard(a)).isGreaterThan(0.6);
        assertThat(b.hammingDistance(a)).isLessThan(16);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    My flight to Chicago was delayed three hours and nobody told us anything
                    Congratulations to the team on a great season, so proud of you all
                    You have been selected for a job interview, reply with your CV today
                    """)
    void unrelatedPostsDoNot(String other) {
        Fingerprint a = FP.fingerprint(ORIGINAL);
        Fingerprint b = FP.fingerprint(other);
        assertThat(b.sharesBand(a)).isFalse();
        assertThat(b.jaccard(a)).isLessThan(0.3);
    }

    @Test
    void arabicCopiesWithTashkeelTatweelAndAlefVariantsCollide() {
        Fingerprint a =
                FP.fingerprint("أهلاً وسهلاً بكم في المسابقة الكبرى، اربح جائزة مالية الآن");
        Fingerprint b =
                FP.fingerprint("اهـــلا وسهلا بِكُم فى المسابقه الكبرى اربح جائزة ماليه الان 🎁");
        assertThat(b.sharesBand(a)).isTrue();
        assertThat(b.jaccard(a)).isGreaterThan(0.8);
    }

    @Test
    void fingerprintsAreDeterministicAndPostsWithoutWordsMatchNothing() {
        assertThat(FP.fingerprint(ORIGINAL)).isEqualTo(FP.fingerprint(ORIGINAL));
        assertThat(Fingerprinter.create().fingerprint(ORIGINAL))
                .isEqualTo(FP.fingerprint(ORIGINAL));
        Fingerprint empty = FP.fingerprint("😂😂 @someone http://t.co/x !!!");
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.sharesBand(FP.fingerprint("😂😂 @other http://t.co/y ???"))).isFalse();
        assertThat(empty.jaccard(empty)).isZero();
        Fingerprint shortPost = FP.fingerprint("ok");
        assertThat(shortPost.sharesBand(FP.fingerprint("OK!!"))).isTrue();
    }

    @Test
    void signatureAndBandsHaveTheConfiguredShape() {
        Fingerprinter custom = Fingerprinter.create(Normalizer.standard(), 4, 16, 8);
        Fingerprint f = custom.fingerprint(ORIGINAL);
        assertThat(f.minhash()).hasSize(128);
        assertThat(f.bandKeys()).hasSize(16).doesNotHaveDuplicates();
        assertThat(FP.fingerprint(ORIGINAL).bandKeys()).hasSize(32);
    }

    @Test
    void collisionProbabilityFollowsTheBandingCurve() {
        assertThat(Fingerprinter.collisionProbability(0.1, 32, 4))
                .isCloseTo(0.0032, within(0.0001));
        assertThat(Fingerprinter.collisionProbability(0.3, 32, 4))
                .isCloseTo(0.2291, within(0.0001));
        assertThat(Fingerprinter.collisionProbability(0.5, 32, 4))
                .isCloseTo(0.8732, within(0.0001));
        assertThat(Fingerprinter.collisionProbability(0.8, 32, 4)).isGreaterThan(0.9999);
    }
}
