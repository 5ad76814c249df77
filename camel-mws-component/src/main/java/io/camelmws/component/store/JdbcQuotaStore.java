package io.camelmws.component.store;

import java.sql.SQLException;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

import io.camelmws.component.throttle.MwsBucketStore;

/**
 * {@code quotaStore=jdbc}: the quotas' token buckets in PostgreSQL through Bucket4j's proxy manager, one row per
 * bucket, so every instance calling for a seller draws from the same quota. Each take of a token is one short
 * transaction ({@code SELECT ... FOR UPDATE}, then {@code UPDATE}). Keys name the seller by access-key fingerprint
 * and seller id, and the bucket; never a credential.
 */
public final class JdbcQuotaStore {

    /** The table of the buckets, created when absent. */
    public static final String TABLE = "mws_quota_bucket";

    private JdbcQuotaStore() {
    }

    /**
     * @throws IllegalArgumentException when the database is not PostgreSQL (the Bucket4j module on the component's
     *                                  classpath is PostgreSQL's)
     */
    public static MwsBucketStore create(DataSource dataSource) throws SQLException {
        if (!Tables.isPostgreSql(dataSource)) {
            throw new IllegalArgumentException("quotaStore=jdbc keeps quotas in PostgreSQL, but the dataSource is another database;"
                                               + " for another store bind a bucketStore made with MwsBucketStore.of(proxyManager) from"
                                               + " Bucket4j's module for it (MySQL, Oracle, Redis, Hazelcast, ...)");
        }
        Tables.create(dataSource, TABLE,
                "CREATE TABLE IF NOT EXISTS " + TABLE + " (id VARCHAR(255) PRIMARY KEY, state BYTEA, expires_at BIGINT)");
        ProxyManager<String> buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .build();
        return MwsBucketStore.of(buckets);
    }
}
