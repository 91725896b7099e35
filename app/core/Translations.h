#pragma once

#include <QLocale>

class QCoreApplication;

namespace pd {

// Installs the translations embedded under :/i18n (ours) and Qt's own, for the locale given or
// the system's. $PROVISIONDESK_LANG (de, fr, ja, ...) overrides the system locale.
class Translations
{
public:
    static void install(QCoreApplication *app, const QLocale &locale = QLocale());
};

} // namespace pd
