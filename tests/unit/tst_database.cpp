#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlquery.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace shortlist;

class TestDatabase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createNew_appliesAllMigrations()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.shortlist"));
        OpenOptions options;
        options.mode = OpenOptions::Mode::CreateIfMissing;
        auto db = Database::openSqlite(path, options);
        QVERIFY2(db.ok(), qPrintable(db.error().message + db.error().detail));
        QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
        QVERIFY(Migrations::latestVersion() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
