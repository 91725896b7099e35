// The catalogs compiled into the programs: English plurals ("1 minute", not "1 minute(s)") also when
// the system's language has no catalog, and a translated language still wins.
#include "ScheduleSpec.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace pd;

class TestTranslations : public QObject
{
    Q_OBJECT

    static void uninstallAll()
    {
        const auto translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    static QString everyMinutes(int minutes)
    {
        ScheduleSpec spec;
        spec.minutes = minutes;
        return spec.description();
    }

private slots:
    void init()
    {
        qunsetenv("PROVISIONDESK_LANG");
        uninstallAll();
    }
    void cleanup() { uninstallAll(); }

    void withoutACatalogTheSourceTextShows()
    {
        // What a program without the catalogs would say: the reason the English catalog exists.
        QCOMPARE(everyMinutes(1), QStringLiteral("every 1 minute(s)"));
    }

    void englishHasProperPlurals()
    {
        Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(everyMinutes(1), QStringLiteral("every 1 minute"));
        QCOMPARE(everyMinutes(15), QStringLiteral("every 15 minutes"));
    }

    void aLanguageWithoutACatalogFallsBackToEnglishPlurals()
    {
        Translations::install(qApp, QLocale(QLocale::Swahili));
        QCOMPARE(everyMinutes(1), QStringLiteral("every 1 minute"));
        QCOMPARE(everyMinutes(30), QStringLiteral("every 30 minutes"));
    }

    void aTranslatedLanguageWins()
    {
        Translations::install(qApp, QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(everyMinutes(15).contains(QStringLiteral("15 Minuten")), qPrintable(everyMinutes(15)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
