/**
 * JMH benchmarks and the memory-footprint measurement of the in-memory stores, on customers from
 * {@link org.crmkit.examples.demo.SyntheticCustomerBase}.
 *
 * <p>Run every benchmark with the shaded jar (build it with {@code mvn -B -q -Pquick package}):
 *
 * <pre>{@code
 * java -cp crm-examples/target/crm.jar org.openjdk.jmh.Main 'org.crmkit.examples.bench.*' -f 1 -wi 3 -i 5 -t 1
 * }</pre>
 *
 * <ul>
 *   <li>{@link org.crmkit.examples.bench.CustomerStoreBenchmark}: {@code findById} and {@code
 *       upsert} throughput of the in-memory customer store holding 100,000 customers (target: at
 *       least 1M finds/s on one thread);
 *   <li>{@link org.crmkit.examples.bench.FuzzyNameQueryBenchmark}: fuzzy name queries (case-,
 *       width- and whitespace-insensitive) over 100,000 customers, in queries/s;
 *   <li>{@link org.crmkit.examples.bench.PrivacyViewBenchmark}: the standard and anonymous views of
 *       1,000 customers through the privacy gateway, in customers/s (target for the standard
 *       view: at least 1M customers/s on one thread);
 *   <li>{@link org.crmkit.examples.bench.PseudonymBenchmark}: keyed pseudonyms (HMAC-SHA-256) of
 *       customer ids, in pseudonyms/s (target: at least 2M/s on one thread);
 *   <li>{@link org.crmkit.examples.bench.AccessLogBenchmark}: appending to and verifying the
 *       hash-chained access log, in entries/s (target: at least 1M/s each on one thread);
 *   <li>{@link org.crmkit.examples.bench.NpsBenchmark}: NPS accumulation over 10^8 scores in a
 *       {@code byte[]} against a Streams {@code groupingBy}/{@code counting} baseline, in scores/s
 *       (targets: at least 500M/s, at least 10× the baseline);
 *   <li>{@link org.crmkit.examples.bench.TierBenchmark}: tier evaluation from pre-aggregated
 *       metrics, in customers/s (target: at least 2M/s);
 *   <li>{@link org.crmkit.examples.bench.RfmBenchmark}: RFM scoring of 1M customers, in ms
 *       (target: under 1 s);
 *   <li>{@link org.crmkit.examples.bench.BgNbdBenchmark}: the BG/NBD fit of the CDNOW summary
 *       (target: at most 5 ms), of 1M simulated customers (target: under 2 s) and P(alive) plus
 *       E[Y(t)] scoring in customers/s (target: at least 10M/s);
 *   <li>{@link org.crmkit.examples.bench.MemoryFootprint}: retained heap of 1,000,000 customers in
 *       the in-memory store (target: under 1 GiB), a plain main class, see there for the method;
 *   <li>{@link org.crmkit.examples.bench.JdbcBenchmark}: batch upsert of 100,000 customers and
 *       find-by-phone on the JDBC adapter (H2, and PostgreSQL when {@code -Dcrmkit.postgres.url} is
 *       given) next to the in-memory store.
 * </ul>
 */
package org.crmkit.examples.bench;
