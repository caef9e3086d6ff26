// The New/Edit Opening dialog: copies the chosen template, and refuses to
// close while a field is invalid.

#include "dialogs/openingdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QtTest>

using namespace shortlist;

class TestOpeningDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void create_copiesTheChosenTemplate()
    {
        const QList<OpeningTemplate> templates = OpeningTemplates::all();
        QVERIFY(templates.size() >= 3);
        QCOMPARE(templates.first().key, QStringLiteral("big-data-tech-lead"));
        OpeningDialog dialog(templates, {Person{7, QStringLiteral("Dana Whitfield"), {}, PersonRole::HiringManager, {}}});
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("templateCombo"));
        combo->setCurrentIndex(1);
        const Opening o = dialog.opening();
        QCOMPARE(o.templateKey, templates.at(1).key);
        QCOMPARE(o.title, templates.at(1).title);
        QCOMPARE(o.stages.size(), templates.at(1).opening.stages.size());
        QCOMPARE(o.competencies.size(), templates.at(1).opening.competencies.size());
        QCOMPARE(o.createdOn, QDate::currentDate());
        QCOMPARE(o.targetOn, QDate::currentDate().addDays(templates.at(1).targetDays));
    }

    void invalidFields_keepTheDialogOpen_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("headcount");
        QTest::addColumn<int>("targetOffsetDays");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty title") << "" << 1 << 30 << "title";
        QTest::newRow("zero headcount") << "Big Data Tech Lead" << 0 << 30 << "Headcount";
        QTest::newRow("target before start") << "Big Data Tech Lead" << 1 << -10 << "target date";
    }

    void invalidFields_keepTheDialogOpen()
    {
        QFETCH(QString, title);
        QFETCH(int, headcount);
        QFETCH(int, targetOffsetDays);
        QFETCH(QString, messagePart);
        OpeningDialog dialog(OpeningTemplates::all(), {});
        dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(title);
        dialog.findChild<QSpinBox *>(QStringLiteral("headcountSpin"))->setValue(headcount);
        dialog.findChild<QDateEdit *>(QStringLiteral("targetDateEdit"))->setDate(QDate::currentDate().addDays(targetOffsetDays));
        dialog.show();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isVisible());
        auto *errors = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(!errors->isHidden());
        QVERIFY2(errors->text().contains(messagePart), qPrintable(errors->text()));
    }

    void validFields_accept()
    {
        OpeningDialog dialog(OpeningTemplates::all(), {});
        dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Big Data Tech Lead — Payments"));
        dialog.show();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.opening().title, QStringLiteral("Big Data Tech Lead — Payments"));
    }
};

QTEST_MAIN(TestOpeningDialog)
#include "tst_openingdialog.moc"
