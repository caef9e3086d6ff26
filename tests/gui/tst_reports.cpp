// PDF reports from the demo database, read back with pdftotext, pdfinfo,
// pdffonts and qpdf: the numbers equal the metrics functions' values, every
// page carries its header and footer, anonymised reports hold no candidate's
// name, email or phone, long tables split between rows with the header
// repeated; and the Reports dialog saves, previews, cancels and remembers.

#include "../common/pdftools.h"
#include "../common/testdb.h"

#include "demo/demogenerator.h"
#include "dialogs/reportdialog.h"
#include "reports/anonymizer.h"
#include "reports/reportbuilder.h"
#include "reports/reportpdf.h"
#include "repositories/metarepository.h"
#include "repositories/metricsrepository.h"
#include "repositories/openingrepository.h"
#include "settings.h"
#include "storage/sqlquery.h"
#include "translations.h"

#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QSignalSpy>
#include <QtTest>

using namespace shortlist;
using namespace shortlist::test;

namespace {

const QDateTime asOf(QDate(2026, 11, 20), QTime(17, 0), QTimeZone::utc());

struct CandidateIdentity {
    QString name, email, phone;
};

} // namespace

class TestReports : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    qint64 m_opening = 0;

    ReportOptions optionsFor(ReportKind kind)
    {
        ReportOptions o;
        o.kind = kind;
        o.now = asOf.toSecsSinceEpoch();
        o.author = QStringLiteral("Hiring Manager");
        if (kind != ReportKind::Candidate)
            o.openingIds = {m_opening};
        if (kind == ReportKind::Schedule) {
            o.from = asOf.date().addDays(-20);
            o.to = asOf.date().addDays(20);
        }
        if (kind == ReportKind::Candidate) {
            // A candidate with submitted scorecards and a decision-ready debrief.
            o.applicationId = scalar(*m_db, QStringLiteral("SELECT i.application_id FROM scorecards s JOIN interviews i ON i.id = s.interview_id "
                                                           "JOIN applications a ON a.id = i.application_id "
                                                           "WHERE s.status = 'submitted' AND a.opening_id = %1 GROUP BY i.application_id "
                                                           "ORDER BY count(*) DESC, i.application_id LIMIT 1")
                                                .arg(m_opening));
        }
        return o;
    }

    // Builds, draws and renders; writes the PDF into the temp dir.
    QString render(const ReportOptions &options, const QString &name, int *pages = nullptr)
    {
        Result<ReportDocument> doc = ReportBuilder::build(*m_db, options);
        if (!doc) {
            qWarning("%s", qPrintable(doc.error().message));
            return {};
        }
        Result<QByteArray> pdf = ReportPdf::render(*doc, ReportRenderer::drawCharts(*doc), {}, pages);
        if (!pdf)
            return {};
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size())
            return {};
        return path;
    }

    QList<CandidateIdentity> everyCandidate()
    {
        QList<CandidateIdentity> people;
        SqlQuery q(*m_db);
        q.prepare(QStringLiteral("SELECT name, email, phone FROM candidates"));
        if (q.exec()) {
            while (q.next())
                people.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        }
        return people;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SHORTLIST_REQUIRE_TOOL(havePdfTools(), QStringLiteral("needs poppler-utils and qpdf"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        installTranslators(*QCoreApplication::instance());   // "3 pages", as users read it
        m_path = m_dir.filePath(QStringLiteral("demo.shortlist"));
        DemoOptions demo;
        demo.candidates = 600;
        demo.asOf = asOf;
        QVERIFY(DemoGenerator::generate(m_path, demo));
        m_db = openOrFail(m_path);
        QVERIFY(m_db);
        Result<std::optional<qint64>> opening = OpeningRepository(*m_db).findByTitle(QStringLiteral("Big Data Tech Lead"));
        QVERIFY(opening && *opening);
        m_opening = **opening;
    }

    void pipelineReport_showsTheMetricsFunctionsValues()
    {
        int pageCount = 0;
        const QString path = render(optionsFor(ReportKind::Pipeline), QStringLiteral("pipeline.pdf"), &pageCount);
        QVERIFY(!path.isEmpty());
        const QStringList pages = pdfPages(path);
        QCOMPARE(pages.size(), pageCount);
        QVERIFY2(pageCount >= 3 && pageCount <= 12, qPrintable(QString::number(pageCount)));
        const QString text = pages.join(QLatin1Char('\n'));

        MetricsFilter filter;
        filter.openingIds = {m_opening};
        filter.now = asOf.toSecsSinceEpoch();
        Result<PipelineMetrics> m = MetricsRepository(*m_db).compute(filter);
        QVERIFY(m);
        QVERIFY(m->applications > 0);
        QVERIFY(text.contains(reporttext::count(m->applications)));
        QVERIFY2(text.contains(reporttext::days(m->timeToHire.median)), qPrintable(reporttext::days(m->timeToHire.median)));
        QVERIFY(text.contains(shareText(m->offers.acceptance())));
        for (int i = 1; i < m->stageFunnel.size(); ++i) {
            const FunnelStep &step = m->stageFunnel.at(i);
            QVERIFY2(text.contains(reporttext::share(step.passThrough)), qPrintable(step.name + QLatin1Char(' ') + reporttext::share(step.passThrough)));
        }
        for (const StageTime &stage : m->timeInStage) {
            if (!stage.duration.isSmall())
                QVERIFY2(text.contains(reporttext::days(stage.duration.p90)), qPrintable(stage.name));
        }
        for (const SourceRow &source : m->sources)
            QVERIFY(text.contains(source.source));
        // Every active candidate is listed once, by name.
        SqlQuery q(*m_db);
        q.prepare(QStringLiteral("SELECT c.name FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE a.opening_id = ? AND a.status = 'active'"));
        q.bind(m_opening);
        QVERIFY(q.exec());
        int active = 0;
        while (q.next()) {
            QVERIFY2(text.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
            ++active;
        }
        QVERIFY(active > 0);
        QVERIFY(text.contains(QStringLiteral("Northwind Analytics")));
        QVERIFY(text.contains(QStringLiteral("Shortlist")));
    }

    void everyReport_isSoundWithHeaderFooterAndMetadata_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("pageSize");
        QTest::newRow("pipeline on A4") << int(ReportKind::Pipeline) << QStringLiteral("A4");
        QTest::newRow("candidate packet on Letter") << int(ReportKind::Candidate) << QStringLiteral("Letter");
        QTest::newRow("calibration on A4") << int(ReportKind::Calibration) << QStringLiteral("A4");
        QTest::newRow("schedule on Letter") << int(ReportKind::Schedule) << QStringLiteral("Letter");
    }

    void everyReport_isSoundWithHeaderFooterAndMetadata()
    {
        QFETCH(int, kind);
        QFETCH(QString, pageSize);
        ReportOptions options = optionsFor(ReportKind(kind));
        options.pageSize = *pageSizeFromCode(pageSize);
        Result<ReportDocument> doc = ReportBuilder::build(*m_db, options);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
        const QString path = render(options, toCode(ReportKind(kind)) + pageSize + QStringLiteral(".pdf"));
        QVERIFY(!path.isEmpty());

        const ToolRun check = qpdfCheck(path);
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        const QMap<QString, bool> fonts = pdfFonts(path);
        QVERIFY(!fonts.isEmpty());
        for (auto it = fonts.cbegin(); it != fonts.cend(); ++it)
            QVERIFY2(it.value(), qPrintable(it.key() + QStringLiteral(" is not embedded")));

        const QMap<QString, QString> info = pdfInfo(path);
        QCOMPARE(info.value(QStringLiteral("Title")), ReportPdf::info(*doc).title);
        QCOMPARE(info.value(QStringLiteral("Author")), QStringLiteral("Hiring Manager"));
        QCOMPARE(info.value(QStringLiteral("Subject")), doc->subject);
        QCOMPARE(info.value(QStringLiteral("Creator")), QStringLiteral("Shortlist %1").arg(QStringLiteral(SHORTLIST_VERSION)));
        QVERIFY(info.value(QStringLiteral("Page size")).startsWith(pageSize == QLatin1String("A4") ? QStringLiteral("595") : QStringLiteral("612")));

        const QStringList pages = pdfPages(path);
        QCOMPARE(pages.size(), info.value(QStringLiteral("Pages")).toInt());
        for (int i = 0; i < pages.size(); ++i) {
            QVERIFY2(pages.at(i).contains(doc->title), qPrintable(QStringLiteral("page %1 has no header").arg(i + 1)));
            QVERIFY2(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())), qPrintable(pages.at(i)));
            QVERIFY(pages.at(i).contains(QStringLiteral("Generated ")));
        }
    }

    void anonymisedReports_holdNoCandidateIdentity_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("pipeline") << int(ReportKind::Pipeline);
        QTest::newRow("candidate packet") << int(ReportKind::Candidate);
        QTest::newRow("calibration") << int(ReportKind::Calibration);
        QTest::newRow("schedule") << int(ReportKind::Schedule);
    }

    void anonymisedReports_holdNoCandidateIdentity()
    {
        QFETCH(int, kind);
        ReportOptions options = optionsFor(ReportKind(kind));
        const QString plainPath = render(options, QStringLiteral("plain-%1.pdf").arg(kind));
        options.anonymize = true;
        const QString path = render(options, QStringLiteral("anonymous-%1.pdf").arg(kind));
        QVERIFY(!path.isEmpty() && !plainPath.isEmpty());
        const QString text = pdfPages(path).join(QLatin1Char('\n'));
        const QString plain = pdfPages(plainPath).join(QLatin1Char('\n'));
        const QList<CandidateIdentity> people = everyCandidate();
        // A demo candidate may share a name with a staff member, whose name stays.
        QStringList staff;
        SqlQuery q(*m_db);
        q.prepare(QStringLiteral("SELECT name FROM people"));
        QVERIFY(q.exec());
        while (q.next())
            staff << q.value(0).toString();
        int namedInPlain = 0;
        for (const CandidateIdentity &p : people) {
            if (plain.contains(p.name))
                ++namedInPlain;
            if (!staff.contains(p.name))
                QVERIFY2(!text.contains(p.name), qPrintable(p.name));
            if (!p.email.isEmpty())
                QVERIFY2(!text.contains(p.email), qPrintable(p.email));
            if (!p.phone.isEmpty())
                QVERIFY2(!text.contains(p.phone), qPrintable(p.phone));
        }
        // The plain report does name candidates (or the check above proves nothing).
        QVERIFY(namedInPlain > 0 || ReportKind(kind) == ReportKind::Calibration);
        if (ReportKind(kind) != ReportKind::Calibration) {
            Result<QString> databaseId = MetaRepository(*m_db).databaseId();
            QVERIFY(databaseId);
            static const QRegularExpression code(QStringLiteral("C-[0-9A-Z]{8}"));
            QVERIFY(text.contains(code));
        }
        QVERIFY(text.contains(QStringLiteral("Anonymised")));
    }

    void candidateCodes_areStablePerDatabaseAndCandidate()
    {
        QCOMPARE(Anonymizer::code(QStringLiteral("db-1"), 42), Anonymizer::code(QStringLiteral("db-1"), 42));
        QVERIFY(Anonymizer::code(QStringLiteral("db-1"), 42) != Anonymizer::code(QStringLiteral("db-1"), 43));
        QVERIFY(Anonymizer::code(QStringLiteral("db-1"), 42) != Anonymizer::code(QStringLiteral("db-2"), 42));
        const Anonymizer anonymizer(true, QStringLiteral("db-1"));
        const QString scrubbed = anonymizer.scrub(QStringLiteral("Talked to Ada Lovelace (ada@example.org, +44 20 7946 0958, https://ada.dev); Ada was great."),
                                                  42, QStringLiteral("Ada Lovelace"));
        QVERIFY(!scrubbed.contains(QStringLiteral("Ada")));
        QVERIFY(!scrubbed.contains(QStringLiteral("Lovelace")));
        QVERIFY(!scrubbed.contains(QStringLiteral("ada@example.org")));
        QVERIFY(!scrubbed.contains(QStringLiteral("7946")));
        QVERIFY(!scrubbed.contains(QStringLiteral("ada.dev")));
        QVERIFY(scrubbed.contains(Anonymizer::code(QStringLiteral("db-1"), 42)));
        QVERIFY(scrubbed.contains(QStringLiteral("was great")));
    }

    void longTable_splitsBetweenRowsWithTheHeaderRepeated()
    {
        ReportDocument doc;
        doc.kind = ReportKind::Schedule;   // no cover page: the table starts on page 1
        doc.title = QStringLiteral("Designed long case");
        doc.generated = asOf;
        ReportTable table;
        table.headers = {QStringLiteral("HeaderAlpha"), QStringLiteral("HeaderBeta")};
        table.widths = {1, 3};
        for (int r = 0; r < 300; ++r) {
            // Every seventh row wraps over several lines: it must still stay whole.
            const QString detail = r % 7 == 0 ? QStringLiteral("tall%1 ").arg(r, 3, 10, QLatin1Char('0')).repeated(40).trimmed() : QStringLiteral("short");
            table.rows.append({QStringLiteral("row%1").arg(r, 3, 10, QLatin1Char('0')), detail});
        }
        doc.table(table);
        Result<QByteArray> pdf = ReportPdf::render(doc, {});
        QVERIFY(pdf);
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*pdf);
        file.close();
        const QStringList pages = pdfPages(path);
        QVERIFY2(pages.size() >= 5, qPrintable(QString::number(pages.size())));
        int next = 0;
        for (int p = 0; p < pages.size(); ++p) {
            const QString &page = pages.at(p);
            QCOMPARE(page.count(QStringLiteral("HeaderAlpha")), 1);
            // Rows continue in order from the previous page, none lost or repeated.
            static const QRegularExpression rowId(QStringLiteral("\\brow(\\d{3})\\b"));
            QRegularExpressionMatchIterator it = rowId.globalMatch(page);
            QVERIFY(it.hasNext());
            while (it.hasNext()) {
                const int r = it.next().captured(1).toInt();
                QCOMPARE(r, next);
                // A tall row's every line is on the same page as its id.
                if (r % 7 == 0)
                    QCOMPARE(page.count(QStringLiteral("tall%1").arg(r, 3, 10, QLatin1Char('0'))), 40);
                ++next;
            }
        }
        QCOMPARE(next, 300);
    }

    void rendering_stopsWhenCancelled()
    {
        Result<ReportDocument> doc = ReportBuilder::build(*m_db, optionsFor(ReportKind::Pipeline));
        QVERIFY(doc);
        int calls = 0;
        Result<QByteArray> pdf = ReportPdf::render(*doc, {}, [&calls](int page, int) {
            ++calls;
            return page < 2;
        });
        QVERIFY(!pdf);
        QCOMPARE(pdf.error().code, ErrorCode::Cancelled);
        QCOMPARE(calls, 2);
        // Building stops too.
        Result<ReportDocument> stopped = ReportBuilder::build(*m_db, optionsFor(ReportKind::Pipeline), [](int, int) { return false; });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
    }

    void dialog_savesAPdfOffTheUiThreadAndRemembersChoices()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        const QString path = m_dir.filePath(QStringLiteral("dialog.pdf"));
        {
            ReportDialog dialog(*m_db, settings);
            dialog.setKind(ReportKind::Pipeline);
            dialog.setOpening(m_opening);
            dialog.setPeriod(QDate(2026, 1, 1), QDate(2026, 11, 20));
            dialog.setAnonymized(true);
            dialog.setPageSize(ReportPageSize::Letter);
            dialog.setSections({QStringLiteral("headline"), QStringLiteral("funnel"), QStringLiteral("active")});
            QSignalSpy saved(&dialog, &ReportDialog::saved);
            dialog.saveTo(path);
            QVERIFY(dialog.isBusy());   // returned at once: the work is in the job
            QVERIFY(saved.wait(60000));
            QVERIFY(!dialog.isBusy());
            QVERIFY(saved.constFirst().at(1).toInt() >= 2);
            QVERIFY(dialog.statusText().contains(QStringLiteral("Saved")));
        }
        const QStringList pages = pdfPages(path);
        QVERIFY(!pages.isEmpty());
        const QString text = pages.join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("Funnel")));
        QVERIFY(!text.contains(QStringLiteral("Time in stage")));   // not ticked
        QVERIFY(text.contains(QStringLiteral("Anonymised")));
        QVERIFY(pdfInfo(path).value(QStringLiteral("Page size")).startsWith(QStringLiteral("612")));

        ReportDialog again(*m_db, settings);
        Result<ReportOptions> remembered = again.options();
        QVERIFY(remembered);
        QCOMPARE(remembered->kind, ReportKind::Pipeline);
        QVERIFY(remembered->anonymize);
        QCOMPARE(remembered->pageSize, ReportPageSize::Letter);
        QCOMPARE(remembered->sections, (QStringList{QStringLiteral("headline"), QStringLiteral("funnel"), QStringLiteral("active")}));
    }

    void dialog_namesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no candidate") << QString() << QStringLiteral("Give the candidate's id or email");
        QTest::newRow("unknown email") << QStringLiteral("nobody@nowhere.example") << QStringLiteral("No candidate “nobody@nowhere.example”");
        QTest::newRow("unknown id") << QStringLiteral("99999999") << QStringLiteral("No candidate “99999999”");
    }

    void dialog_namesWhatIsWrong()
    {
        QFETCH(QString, candidate);
        QFETCH(QString, expected);
        AppSettings settings(m_dir.filePath(QStringLiteral("problems.ini")));
        ReportDialog dialog(*m_db, settings);
        dialog.setKind(ReportKind::Candidate);
        dialog.setCandidate(candidate);
        const QString path = m_dir.filePath(QStringLiteral("never.pdf"));
        dialog.saveTo(path);
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.statusText().contains(expected), qPrintable(dialog.statusText()));
        QVERIFY(!QFile::exists(path));
    }

    void dialog_noSectionTickedIsAProblem()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("sections.ini")));
        ReportDialog dialog(*m_db, settings);
        dialog.setKind(ReportKind::Pipeline);
        dialog.setSections({});
        QVERIFY(!dialog.options());
        QVERIFY(dialog.options().error().message.contains(QStringLiteral("Tick at least one section")));
    }

    void dialog_cancelWritesNothing()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("cancel.ini")));
        ReportDialog dialog(*m_db, settings);
        dialog.setKind(ReportKind::Pipeline);
        dialog.setOpening(0);
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QSignalSpy failed(&dialog, &ReportDialog::workFailed);
        QSignalSpy saved(&dialog, &ReportDialog::saved);
        dialog.saveTo(path);
        dialog.cancelWork();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
        QCOMPARE(saved.size(), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(dialog.statusText().contains(QStringLiteral("ancel")));
        QVERIFY(!QFile::exists(path));
    }

    void dialog_previewShowsThePages()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("preview.ini")));
        ReportDialog dialog(*m_db, settings);
        dialog.setKind(ReportKind::Pipeline);
        dialog.setOpening(m_opening);
        dialog.setSections({QStringLiteral("headline"), QStringLiteral("funnel"), QStringLiteral("sources"), QStringLiteral("active")});
        QSignalSpy opened(&dialog, &ReportDialog::previewOpened);
        dialog.preview();
        QVERIFY(opened.wait(60000));
        auto *preview = qobject_cast<QPrintPreviewDialog *>(opened.constFirst().at(0).value<QDialog *>());
        QVERIFY(preview);
        auto *widget = preview->findChild<QPrintPreviewWidget *>();
        QVERIFY(widget);
        QTRY_VERIFY(widget->pageCount() >= 2);
        QVERIFY(dialog.statusText().contains(QStringLiteral("%1 pages").arg(widget->pageCount())));
        preview->close();
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
