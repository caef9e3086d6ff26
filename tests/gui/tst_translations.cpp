// Shortlist's strings: the English translation supplies every plural form
// ("1 hour" / "3 hours"), and it is what users of a language Shortlist has
// no translation for get, instead of "hour(s)".

#include "dialogs/interviewsdialog.h"
#include "translations.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace shortlist;

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyPluralMessage_hasBothEnglishForms()
    {
        QFile ts(QStringLiteral(SHORTLIST_TS_FILE));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        int plurals = 0;
        QString source;
        QStringList unfilled;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") && xml.attributes().value(QLatin1String("type")) != QLatin1String("obsolete")
                       && xml.attributes().value(QLatin1String("type")) != QLatin1String("vanished")) {
                QStringList forms;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        forms << xml.readElementText();
                }
                if (forms.isEmpty())
                    continue;
                ++plurals;
                if (forms.size() != 2 || forms.contains(QString()) || forms.at(0).contains(QLatin1String("(s)")))
                    unfilled << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(plurals > 0);
        QVERIFY2(unfilled.isEmpty(), qPrintable(QStringLiteral("run scripts/english-plurals; unfilled: ") + unfilled.join(QStringLiteral(" | "))));
    }

    void aLanguageWithoutTranslation_getsEnglishPlurals()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        installTranslators(*QCoreApplication::instance());
        QCOMPARE(InterviewsDialog::tr("%Ln hour(s)", nullptr, 1), QLocale().toString(1) + QStringLiteral(" hour"));
        QCOMPARE(InterviewsDialog::tr("%Ln hour(s)", nullptr, 1200), QLocale().toString(1200) + QStringLiteral(" hours"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
