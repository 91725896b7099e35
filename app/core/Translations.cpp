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

} // namespace pd
