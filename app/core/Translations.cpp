#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace pd {

QString Translations::savedLanguage()
{
    return QSettings().value(settingsKey()).toString().trimmed();
}

void Translations::saveLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), code);
}

QLocale Translations::effectiveLocale(const QLocale &systemLocale)
{
    const QString forced = qEnvironmentVariable("PROVISIONDESK_LANG");
    if (!forced.isEmpty())
        return QLocale(forced);
    const QString saved = savedLanguage();
    return saved.isEmpty() ? systemLocale : QLocale(saved);
}

void Translations::install(QCoreApplication *app, const QLocale &systemLocale)
{
    const QLocale locale = effectiveLocale(systemLocale);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *ours = new QTranslator(app);
    // A language we have no catalog for still gets English plurals ("1 user", not "1 user(s)").
    if (ours->load(locale, QStringLiteral("provisiondesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral("provisiondesk_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
}

QString Translations::translate(std::initializer_list<const char *> contexts, const char *text, int n)
{
    // What translate() answers when no translator knows the text: the text itself, %n filled in.
    const QString untranslated = QCoreApplication::translate("", text, nullptr, n);
    for (const char *context : contexts) {
        const QString t = QCoreApplication::translate(context, text, nullptr, n);
        if (t != untranslated)
            return t;
    }
    return untranslated;
}

} // namespace pd
