// Backups are a feature of database files: on a PostgreSQL database (a
// throwaway PostgreSQL 15 server, tests/common/pgserver.h) BackupService
// refuses before writing anything, with a message naming pg_dump (and the
// command for this database), whatever the target: no file, no temporary
// file, an existing file untouched, no progress reported, nothing added to
// the database's audit log.

#include "../common/pgserver.h"
#include "../common/requiredtool.h"
#include "../common/testdb.h"

#include "storage/backup.h"

#include <QCryptographicHash>

using namespace shortlist;
using namespace shortlist::test;

namespace {

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestPostgresBackup : public QObject {
    Q_OBJECT

private:
    PgServer m_server;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_server.start()) {
            SHORTLIST_REQUIRE_TOOL(!m_server.unavailable(), m_server.errorString());
            QFAIL(qPrintable(m_server.errorString()));
        }
        QVERIFY2(m_server.createDatabase(QStringLiteral("shortlist_backup")), qPrintable(m_server.errorString()));
        OpenOptions options;
        options.actor = QStringLiteral("Ana Lima");
        Result<std::unique_ptr<Database>> opened = Database::openPostgres(m_server.params(QStringLiteral("shortlist_backup")), options);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message + QLatin1Char(' ') + opened.error().detail));
        m_db = std::move(opened).value();
        addCandidate(*m_db, createOpening(*m_db), QStringLiteral("Bruno Costa"));
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_server.stop();
    }

    void backup_ofAPostgresDatabase_isRefusedNamingPgDump_andWritesNothing_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("a new file") << QStringLiteral("hiring-20260301-090000.shortlist");
        QTest::newRow("an existing file") << QStringLiteral("existing.shortlist");
        QTest::newRow("no name") << QString();
        QTest::newRow("a folder") << QStringLiteral("afolder");
    }

    void backup_ofAPostgresDatabase_isRefusedNamingPgDump_andWritesNothing()
    {
        QFETCH(QString, target);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("afolder")));
        {
            QFile existing(dir.filePath(QStringLiteral("existing.shortlist")));
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("an earlier backup");
        }
        const QStringList before = entries(dir.path());
        const QByteArray existingBytes = fileHash(dir.filePath(QStringLiteral("existing.shortlist")));
        const qint64 auditRows = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
        int progressCalls = 0;

        Result<BackupInfo> written = BackupService::backup(*m_db, target.isEmpty() ? QString() : dir.filePath(target), [&](qint64, qint64) {
            ++progressCalls;
            return true;
        });
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Invalid);
        const QString message = written.error().message;
        QVERIFY2(message.contains(QStringLiteral("is a PostgreSQL server database")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("nothing was written")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("pg_dump --format=custom --file=shortlist.dump ") + m_db->path()), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("pg_restore")), qPrintable(message));
        QVERIFY(m_db->path().startsWith(QStringLiteral("postgresql://")));

        QCOMPARE(progressCalls, 0);
        QCOMPARE(entries(dir.path()), before);   // no backup, no hidden temporary file
        QCOMPARE(entries(dir.filePath(QStringLiteral("afolder"))), QStringList());
        QCOMPARE(fileHash(dir.filePath(QStringLiteral("existing.shortlist"))), existingBytes);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), auditRows);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup'")), 0);
    }
};

QTEST_GUILESS_MAIN(TestPostgresBackup)
#include "tst_postgres_backup.moc"
