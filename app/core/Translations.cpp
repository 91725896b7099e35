#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pd {

void Translations::install(QCoreApplication *app, const QLocale &systemLocale)
{
    const QString forced = qEnvironmentVariable("PROVISIONDESK_LANG");
    const QLocale locale = forced.isEmpty() ? systemLocale : QLocale(forced);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *ours = new QTranslator(app);
    if (ours->load(locale, QStringLiteral("provisiondesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
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
