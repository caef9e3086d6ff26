// Saved views: the definition JSON round trip (every sort, nested filters),
// unique names, per-opening and global views, definitions edited by hand, the
// audit trail, and the list model under QAbstractItemModelTester.

#include "../common/testdb.h"

#include "itemmodels/savedviewmodel.h"
#include "repositories/savedviewrepository.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>

using namespace shortlist;
using namespace shortlist::test;

namespace {

constexpr ApplicationSort everySort[] = {ApplicationSort::Name,    ApplicationSort::Stage,   ApplicationSort::DaysInStage,
                                         ApplicationSort::Years,   ApplicationSort::Source,  ApplicationSort::Applied,
                                         ApplicationSort::Match,   ApplicationSort::Relevance};

FilterCondition condition(FilterField field, QStringList values = {}, std::optional<int> min = {}, std::optional<int> max = {},
                          bool negate = false)
{
    FilterCondition c;
    c.field = field;
    c.values = std::move(values);
    c.minimum = min;
    c.maximum = max;
    c.negate = negate;
    return c;
}

// Source is Referral AND (Years ≥ 8 OR NOT (Tag is relocation AND Match ≤ 40)).
FilterGroup nestedFilter()
{
    FilterGroup inner;
    inner.negate = true;
    inner.conditions = {condition(FilterField::Tag, {QStringLiteral("relocation"), QStringLiteral("silver-medal")}),
                        condition(FilterField::Match, {}, {}, 40)};
    FilterGroup middle;
    middle.any = true;
    middle.conditions = {condition(FilterField::Years, {}, 8), condition(FilterField::DaysInStage, {}, 14, {}, true)};
    middle.groups = {inner};
    FilterGroup outer;
    outer.conditions = {condition(FilterField::Source, {QStringLiteral("Referral")}), condition(FilterField::MissingMustHave, {}, {}, {}, true),
                        condition(FilterField::Stage, {QStringLiteral("Offer"), QStringLiteral("Hiring manager interview")})};
    outer.groups = {middle};
    return outer;
}

SavedView makeView(const QString &name, std::optional<qint64> openingId = std::nullopt)
{
    SavedView v;
    v.name = name;
    v.openingId = openingId;
    v.query.searchText = QStringLiteral("kafka");
    return v;
}

} // namespace

class TestSavedViews : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_opening = 0;
    qint64 m_other = 0;

    qint64 saved(const SavedView &view)
    {
        Result<qint64> id = SavedViewRepository(*m_db).save(view);
        if (!id)
            qWarning("save failed: %s (%s)", qPrintable(id.error().message), qPrintable(id.error().detail));
        return id ? *id : 0;
    }

    QStringList names(std::optional<qint64> openingId)
    {
        Result<QList<SavedView>> views = SavedViewRepository(*m_db).all(openingId);
        if (!views)
            return {QStringLiteral("<error: %1>").arg(views.error().message)};
        QStringList list;
        for (const SavedView &v : std::as_const(*views))
            list << v.name;
        return list;
    }

    void setDefinition(qint64 id, const QString &definition)
    {
        SqlQuery q(*m_db);
        q.prepare(QStringLiteral("UPDATE saved_views SET definition = ? WHERE id = ?"));
        q.bind(definition).bind(id);
        QVERIFY2(q.exec(), qPrintable(q.error().detail));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = createDatabase(m_dir->filePath(QStringLiteral("views.shortlist")));
        QVERIFY(m_db);
        m_opening = createOpening(*m_db);
        m_other = createOpening(*m_db, QStringLiteral("cloud-platform-tech-lead"));
        QVERIFY(m_opening > 0 && m_other > 0);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void sortCodes_areUniqueAndRoundTrip()
    {
        QSet<QString> codes;
        for (ApplicationSort sort : everySort) {
            const QString code = toCode(sort);
            QVERIFY(!code.isEmpty());
            QVERIFY2(!codes.contains(code), qPrintable(code));
            codes.insert(code);
            QCOMPARE(applicationSortFromCode(code), std::optional<ApplicationSort>(sort));
        }
        QCOMPARE(codes.size(), qsizetype(std::size(everySort)));
        QCOMPARE(toCode(ApplicationSort::DaysInStage), QStringLiteral("days_in_stage"));
        QVERIFY(!applicationSortFromCode(QStringLiteral("salary")));
        QVERIFY(!applicationSortFromCode(QStringLiteral("Name")));
    }

    void roundTrip_everyField_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("forOpening");
        bool forOpening = false;
        for (ApplicationSort sort : everySort) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QTest::addRow("%s %s", qPrintable(toCode(sort)), order == Qt::AscendingOrder ? "asc" : "desc")
                    << int(sort) << int(order) << forOpening;
                forOpening = !forOpening;
            }
        }
    }

    void roundTrip_everyField()
    {
        QFETCH(int, sort);
        QFETCH(int, order);
        QFETCH(bool, forOpening);
        SavedView view;
        view.name = QStringLiteral("  Senior referrals — Zoë’s “shortlist” %1  ").arg(sort);
        view.openingId = forOpening ? std::optional<qint64>(m_opening) : std::nullopt;
        view.query.openingId = m_opening;  // not stored
        view.query.stageId = 42;           // not stored
        view.query.includeClosed = true;
        view.query.searchText = QStringLiteral("\"spark\" NEAR(kafka) 王伟 \\ 😀");
        view.query.filter = nestedFilter();
        view.query.sort = ApplicationSort(sort);
        view.query.order = Qt::SortOrder(order);
        view.hiddenColumns = {4, 1, 6};
        const qint64 id = saved(view);
        QVERIFY(id > 0);

        Result<SavedView> loaded = SavedViewRepository(*m_db).load(id);
        QVERIFY2(loaded, qPrintable(loaded.error().message));
        QCOMPARE(loaded->id, id);
        QCOMPARE(loaded->name, view.name.trimmed());
        QCOMPARE(loaded->openingId, view.openingId);
        QCOMPARE(loaded->query.openingId, qint64(0));
        QCOMPARE(loaded->query.stageId, qint64(0));
        QCOMPARE(loaded->query.includeClosed, true);
        QCOMPARE(loaded->query.searchText, view.query.searchText);
        QVERIFY(loaded->query.filter == view.query.filter);
        QCOMPARE(int(loaded->query.sort), sort);
        QCOMPARE(int(loaded->query.order), order);
        QCOMPARE(loaded->hiddenColumns, view.hiddenColumns);

        // The stored JSON is the documented one.
        const QJsonObject json =
            QJsonDocument::fromJson(text(*m_db, QStringLiteral("SELECT definition FROM saved_views WHERE id = %1").arg(id)).toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("format")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("sort")).toString(), toCode(ApplicationSort(sort)));
        QCOMPARE(json.value(QStringLiteral("order")).toString(), order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"));
        QCOMPARE(json.value(QStringLiteral("filter")).toObject(), ApplicationFilter::toJson(nestedFilter()));
        QVERIFY(!json.contains(QStringLiteral("openingId")));

        // The defaults survive too (no search, active only, empty filter).
        SavedView plain;
        plain.name = QStringLiteral("Plain %1").arg(sort);
        plain.query.sort = ApplicationSort(sort);
        Result<SavedView> plainBack = SavedViewRepository(*m_db).load(saved(plain));
        QVERIFY(plainBack);
        QVERIFY(plainBack->query.searchText.isEmpty());
        QVERIFY(!plainBack->query.includeClosed);
        QVERIFY(plainBack->query.filter.isEmpty());
        QVERIFY(plainBack->hiddenColumns.isEmpty());
        QCOMPARE(plainBack->query.sort, ApplicationSort(sort));
    }

    void save_updatesWhenIdIsSet()
    {
        SavedView view = makeView(QStringLiteral("Offers"));
        view.id = saved(view);
        QVERIFY(view.id > 0);
        view.query.searchText = QStringLiteral("flink");
        view.openingId = m_opening;
        Result<qint64> again = SavedViewRepository(*m_db).save(view);
        QVERIFY(again);
        QCOMPARE(*again, view.id);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM saved_views")), 1);
        QCOMPARE(SavedViewRepository(*m_db).load(view.id)->query.searchText, QStringLiteral("flink"));
        QCOMPARE(SavedViewRepository(*m_db).load(view.id)->openingId, std::optional<qint64>(m_opening));

        view.id = 9999;
        Result<qint64> missing = SavedViewRepository(*m_db).save(view);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void save_refusesNameClash_andReplaceOverwrites()
    {
        const qint64 first = saved(makeView(QStringLiteral("Shortlisted")));
        QVERIFY(first > 0);
        for (const QString &clash : {QStringLiteral("Shortlisted"), QStringLiteral("  shortlisted "), QStringLiteral("SHORTLISTED")}) {
            SavedView other = makeView(clash);
            other.query.searchText = QStringLiteral("scala");
            Result<qint64> refused = SavedViewRepository(*m_db).save(other);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::Invalid);
            QCOMPARE(refused.error().message, QStringLiteral("A view named “%1” already exists; choose another name or replace it.")
                                                  .arg(clash.trimmed()));
        }
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM saved_views")), 1);

        SavedView replacement = makeView(QStringLiteral("ignored"), m_opening);
        replacement.query.searchText = QStringLiteral("scala");
        Result<qint64> replaced = SavedViewRepository(*m_db).replace(QStringLiteral("shortlisted"), replacement);
        QVERIFY2(replaced, qPrintable(replaced.error().message));
        QCOMPARE(*replaced, first);
        Result<SavedView> back = SavedViewRepository(*m_db).load(first);
        QCOMPARE(back->name, QStringLiteral("shortlisted"));
        QCOMPARE(back->query.searchText, QStringLiteral("scala"));
        QCOMPARE(back->openingId, std::optional<qint64>(m_opening));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM saved_views")), 1);

        // Replacing a name nobody has simply saves a new view.
        Result<qint64> fresh = SavedViewRepository(*m_db).replace(QStringLiteral("Brand new"), replacement);
        QVERIFY(fresh);
        QVERIFY(*fresh != first);
        QCOMPARE(names(m_opening), (QStringList{QStringLiteral("Brand new"), QStringLiteral("shortlisted")}));
    }

    void save_refusesEmptyLongAndInvalid()
    {
        for (const QString &empty : {QString(), QStringLiteral("   "), QStringLiteral("\t\n")}) {
            Result<qint64> refused = SavedViewRepository(*m_db).save(makeView(empty));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::Invalid);
            QVERIFY(SavedViewRepository(*m_db).replace(empty, makeView(QStringLiteral("x"))).error().code == ErrorCode::Invalid);
        }
        Result<qint64> tooLong = SavedViewRepository(*m_db).save(makeView(QString(SavedViewRepository::maxNameLength + 1, QLatin1Char('v'))));
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, ErrorCode::Invalid);

        SavedView badFilter = makeView(QStringLiteral("Bad filter"));
        badFilter.query.filter.conditions << condition(FilterField::Tag);
        Result<qint64> refused = SavedViewRepository(*m_db).save(badFilter);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Tag")), qPrintable(refused.error().message));

        SavedView gone = makeView(QStringLiteral("Deleted opening"), 987654);
        QCOMPARE(SavedViewRepository(*m_db).save(gone).error().code, ErrorCode::NotFound);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM saved_views")), 0);
    }

    void rename_andRemove()
    {
        const qint64 a = saved(makeView(QStringLiteral("Alpha")));
        const qint64 b = saved(makeView(QStringLiteral("Beta")));
        SavedViewRepository repo(*m_db);
        QVERIFY(!repo.rename(a, QStringLiteral("  Gamma  ")));
        QCOMPARE(repo.load(a)->name, QStringLiteral("Gamma"));
        // Changing only the case of one's own name is no clash.
        QVERIFY(!repo.rename(a, QStringLiteral("GAMMA")));
        QCOMPARE(repo.load(a)->name, QStringLiteral("GAMMA"));
        Error clash = repo.rename(a, QStringLiteral("beta"));
        QCOMPARE(clash.code, ErrorCode::Invalid);
        QVERIFY(clash.message.contains(QStringLiteral("“beta” already exists")));
        QCOMPARE(repo.rename(a, QStringLiteral(" ")).code, ErrorCode::Invalid);
        QCOMPARE(repo.rename(4242, QStringLiteral("Delta")).code, ErrorCode::NotFound);
        QCOMPARE(repo.load(a)->name, QStringLiteral("GAMMA"));
        // The rest of the view is untouched by a rename.
        QCOMPARE(repo.load(a)->query.searchText, QStringLiteral("kafka"));

        QVERIFY(!repo.remove(b));
        QCOMPARE(repo.load(b).error().code, ErrorCode::NotFound);
        QCOMPARE(repo.remove(b).code, ErrorCode::NotFound);
        QCOMPARE(names(std::nullopt), QStringList{QStringLiteral("GAMMA")});
        // The freed name can be used again.
        QVERIFY(saved(makeView(QStringLiteral("Beta"))) > 0);
    }

    void everyWrite_isAudited()
    {
        SavedViewRepository repo(*m_db);
        const qint64 before = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'saved_view'"));
        SavedView view = makeView(QStringLiteral("Audited"));
        view.id = saved(view);
        QVERIFY(repo.save(view));
        QVERIFY(repo.replace(QStringLiteral("Audited"), view));
        QVERIFY(!repo.rename(view.id, QStringLiteral("Audited twice")));
        QVERIFY(!repo.remove(view.id));
        QCOMPARE(repo.rename(view.id, QStringLiteral("Nothing")).code, ErrorCode::NotFound);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log "
                                            "WHERE entity = 'saved_view' AND entity_id = %1 ORDER BY id)").arg(view.id)),
                 QStringLiteral("create,update,update,rename,delete"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'saved_view'")), before + 5);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT DISTINCT actor FROM audit_log WHERE entity = 'saved_view'")), QStringLiteral("tester"));
    }

    void all_listsTheOpeningsViewsAndTheGlobalOnes()
    {
        saved(makeView(QStringLiteral("gamma (global)")));
        saved(makeView(QStringLiteral("Beta (big data)"), m_opening));
        saved(makeView(QStringLiteral("alpha (cloud)"), m_other));
        saved(makeView(QStringLiteral("Ångström (global)")));
        saved(makeView(QStringLiteral("Delta (big data)"), m_opening));
        QCOMPARE(names(m_opening), (QStringList{QStringLiteral("Beta (big data)"), QStringLiteral("Delta (big data)"),
                                                QStringLiteral("gamma (global)"), QStringLiteral("Ångström (global)")}));
        QCOMPARE(names(m_other), (QStringList{QStringLiteral("alpha (cloud)"), QStringLiteral("gamma (global)"),
                                              QStringLiteral("Ångström (global)")}));
        QCOMPARE(names(std::nullopt), (QStringList{QStringLiteral("gamma (global)"), QStringLiteral("Ångström (global)")}));
        // Names are unique across openings: the list never holds two that look alike.
        QCOMPARE(SavedViewRepository(*m_db).save(makeView(QStringLiteral("ALPHA (cloud)"), m_opening)).error().code, ErrorCode::Invalid);
        // Deleting an opening deletes its views.
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM openings WHERE id = %1").arg(m_other)));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM saved_views")), 4);
    }

    void handEditedDefinition_refusedNamingTheView_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QString>("word");
        QTest::newRow("not JSON") << QStringLiteral("{\"format\": 1, \"search\": ") << QStringLiteral("JSON");
        QTest::newRow("JSON but not an object") << QStringLiteral("[1, 2]") << QStringLiteral("object");
        QTest::newRow("empty text") << QString() << QStringLiteral("JSON");
        QTest::newRow("no format") << QStringLiteral("{\"search\": \"x\"}") << QStringLiteral("format");
        QTest::newRow("newer format") << QStringLiteral("{\"format\": 2}") << QStringLiteral("format 2");
        QTest::newRow("unknown top-level field") << QStringLiteral("{\"format\": 1, \"serach\": \"kafka\"}") << QStringLiteral("serach");
        QTest::newRow("unknown filter field")
            << QStringLiteral("{\"format\": 1, \"filter\": {\"combine\": \"all\", \"conditions\": [{\"field\": \"salary\", \"values\": [\"1\"]}]}}")
            << QStringLiteral("salary");
        QTest::newRow("unknown field in a nested group")
            << QStringLiteral("{\"format\": 1, \"filter\": {\"conditions\": [], \"groups\": [{\"conditions\": [{\"field\": \"mood\"}]}]}}")
            << QStringLiteral("mood");
        QTest::newRow("invalid filter")
            << QStringLiteral("{\"format\": 1, \"filter\": {\"conditions\": [{\"field\": \"years\", \"min\": 9, \"max\": 2}]}}")
            << QStringLiteral("swap");
        QTest::newRow("unknown sort") << QStringLiteral("{\"format\": 1, \"sort\": \"salary\"}") << QStringLiteral("salary");
        QTest::newRow("unknown order") << QStringLiteral("{\"format\": 1, \"order\": \"sideways\"}") << QStringLiteral("sideways");
        QTest::newRow("includeClosed not a bool") << QStringLiteral("{\"format\": 1, \"includeClosed\": \"yes\"}")
                                                  << QStringLiteral("includeClosed");
        QTest::newRow("hidden columns not numbers") << QStringLiteral("{\"format\": 1, \"hiddenColumns\": [\"name\"]}")
                                                    << QStringLiteral("column");
        QTest::newRow("negative hidden column") << QStringLiteral("{\"format\": 1, \"hiddenColumns\": [-1]}") << QStringLiteral("column");
    }

    void handEditedDefinition_refusedNamingTheView()
    {
        QFETCH(QString, definition);
        QFETCH(QString, word);
        const QString name = QStringLiteral("Hand-edited “view”");
        const qint64 broken = saved(makeView(name, m_opening));
        const qint64 fine = saved(makeView(QStringLiteral("Fine")));
        setDefinition(broken, definition);

        Result<SavedView> loaded = SavedViewRepository(*m_db).load(broken);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::Invalid);
        QVERIFY2(loaded.error().message.contains(name), qPrintable(loaded.error().message));
        QVERIFY2(loaded.error().message.contains(word), qPrintable(loaded.error().message));

        // The whole list is refused, unless the caller asks for the readable ones.
        Result<QList<SavedView>> all = SavedViewRepository(*m_db).all(m_opening);
        QVERIFY(!all);
        QVERIFY(all.error().message.contains(name));
        QList<Error> unreadable;
        all = SavedViewRepository(*m_db).all(m_opening, &unreadable);
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->at(0).id, fine);
        QCOMPARE(unreadable.size(), 1);
        QVERIFY(unreadable.at(0).message.contains(name));

        // The message's advice works: saving again under the same name mends it.
        Result<qint64> mended = SavedViewRepository(*m_db).replace(name, makeView(name, m_opening));
        QVERIFY2(mended, qPrintable(mended.error().message));
        QCOMPARE(*mended, broken);
        QVERIFY(SavedViewRepository(*m_db).load(broken));
    }

    void model_passesTesterAndRenamesInPlace()
    {
        SavedViewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy renameFailed(&model, &SavedViewModel::renameFailed);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.setDatabase(m_db.get()));
        QCOMPARE(model.rowCount(), 0);

        SavedView offers = makeView(QStringLiteral("Offers"), m_opening);
        offers.query.filter = nestedFilter();
        offers.query.sort = ApplicationSort::Match;
        offers.query.order = Qt::DescendingOrder;
        const qint64 offersId = saved(offers);
        const qint64 globalId = saved(makeView(QStringLiteral("everyone stalled")));
        saved(makeView(QStringLiteral("Cloud only"), m_other));

        QVERIFY(!model.setOpening(m_opening));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("everyone stalled"));
        QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("Offers"));
        QCOMPARE(model.data(model.index(1, 0), SavedViewModel::ViewIdRole).toLongLong(), offersId);
        QCOMPARE(model.rowOf(globalId), 0);
        QCOMPARE(model.rowOf(4242), -1);
        QVERIFY(model.view(1));
        QCOMPARE(model.view(1)->query.sort, ApplicationSort::Match);
        QVERIFY(!model.view(2));
        QVERIFY(!model.view(-1));
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
        const QString tip = model.data(model.index(1, 0), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("kafka")), qPrintable(tip));
        QVERIFY2(tip.contains(ApplicationFilter::describe(nestedFilter())), qPrintable(tip));
        QVERIFY2(tip.contains(SavedViewModel::displayName(ApplicationSort::Match)), qPrintable(tip));

        // A view saved elsewhere appears on reload.
        saved(makeView(QStringLiteral("Archive"), m_opening));
        QVERIFY(!model.reload());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Archive"));

        // Rename moves the row to its place in name order.
        QVERIFY(model.setData(model.index(0, 0), QStringLiteral("  Zulu archive ")));
        QCOMPARE(model.data(model.index(2, 0)).toString(), QStringLiteral("Zulu archive"));
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("everyone stalled"));
        QCOMPARE(SavedViewRepository(*m_db).load(model.data(model.index(2, 0), SavedViewModel::ViewIdRole).toLongLong())->name,
                 QStringLiteral("Zulu archive"));
        QVERIFY(model.setData(model.index(2, 0), QStringLiteral("Aardvark")));
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Aardvark"));
        QVERIFY(model.setData(model.index(1, 0), QStringLiteral("Everyone stalled")));  // case only: stays put
        QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("Everyone stalled"));
        QCOMPARE(renameFailed.count(), 0);

        // Refused: a clash (with a view of another opening too) and an empty name.
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("offers")));
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("cloud only")));
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("   ")));
        QCOMPARE(renameFailed.count(), 3);
        QVERIFY(renameFailed.at(0).at(0).toString().contains(QStringLiteral("already exists")));
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Aardvark"));
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("x"), Qt::DisplayRole));

        // Views for every opening only.
        QVERIFY(!model.setOpening(0));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.setDatabase(nullptr));
        QCOMPARE(model.rowCount(), 0);
    }

    void model_leavesOutUnreadableViewsAndSaysSo()
    {
        SavedViewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loadFailed(&model, &SavedViewModel::loadFailed);
        saved(makeView(QStringLiteral("Readable")));
        const qint64 broken = saved(makeView(QStringLiteral("Broken")));
        setDefinition(broken, QStringLiteral("{\"format\": 1, \"sort\": \"salary\"}"));
        model.setDatabase(m_db.get());
        Error error = model.setOpening(m_opening);
        QCOMPARE(error.code, ErrorCode::Invalid);
        QVERIFY(error.message.contains(QStringLiteral("Broken")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Readable"));
        QVERIFY(loadFailed.count() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
