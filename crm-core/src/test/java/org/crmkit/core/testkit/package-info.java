/**
 * The crmkit test kit, published in crm-core's test-jar: jqwik generators for every model type
 * ({@link org.crmkit.core.testkit.CrmArbitraries}, {@link org.crmkit.core.testkit.SpiArbitraries})
 * and abstract contract tests for storage adapters ({@link
 * org.crmkit.core.testkit.CustomerStoreContract}, {@link
 * org.crmkit.core.testkit.InteractionStoreContract}, {@link
 * org.crmkit.core.testkit.ConsentStoreContract}, {@link org.crmkit.core.testkit.AuditLogContract}).
 *
 * <h2>Using it in a host application</h2>
 *
 * <p>Add the test-jar and the two test engines (jqwik 1.9.3, the version crmkit is built with):
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>org.crmkit</groupId>
 *   <artifactId>crm-core</artifactId>
 *   <version>${crmkit.version}</version>
 *   <type>test-jar</type>
 *   <scope>test</scope>
 * </dependency>
 * <dependency>
 *   <groupId>org.junit.jupiter</groupId>
 *   <artifactId>junit-jupiter</artifactId>
 *   <version>5.14.1</version>
 *   <scope>test</scope>
 * </dependency>
 * <dependency>
 *   <groupId>net.jqwik</groupId>
 *   <artifactId>jqwik</artifactId>
 *   <version>1.9.3</version>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * <p>(plus {@code org.crmkit:crm-core} itself, usually in compile scope). Then extend one contract
 * class per adapter and return a fresh, empty store from the factory method:
 *
 * <pre>{@code
 * class JdbcCustomerStoreContractTest extends CustomerStoreContract {
 *   @Override
 *   protected CustomerStore newStore() {
 *     truncateTables();                 // called before every test and every jqwik try
 *     return new JdbcCustomerStore(dataSource);
 *   }
 * }
 * }</pre>
 *
 * <p>Name the subclass so that Surefire runs it ({@code *Test}); the contract classes are
 * abstract and named {@code *Contract}, so they never run on their own. Both engines run the
 * inherited methods: JUnit Jupiter the {@code @Test} examples (including the concurrent-writer
 * tests, which use four threads), jqwik the {@code @Property} laws. Each property fixes its own
 * number of tries (50 to 100, each try on a fresh store holding at most about 30 records), so a
 * database-backed adapter should budget a few hundred fresh stores per contract class. The
 * {@code @Provide} methods are public and may be overridden, for example to generate only the
 * customers an adapter's schema supports — but a narrower generator tests less.
 *
 * <p>{@link org.crmkit.core.testkit.CustomerStoreContract} includes the reading laws of {@link
 * org.crmkit.core.testkit.CustomerQueryContract} (paging, scan order, the query law {@code
 * query(q) == scan().filter(q::matches)}, fuzzy names); extend only the former.
 *
 * <p>The generators are also meant for a host's own properties, for example {@code
 * CrmArbitraries.customers()} or {@code CrmArbitraries.rawChinesePhoneTexts()} for an import
 * parser. Nothing in this package is thread-unsafe or stateful; all randomness comes from jqwik.
 */
package org.crmkit.core.testkit;
