#pragma once

#include <QLocale>
#include <QString>
#include <initializer_list>

class QCoreApplication;

namespace pd {

// Installs the translations embedded under :/i18n (ours) and Qt's own, for the locale given or
// the system's. $PROVISIONDESK_LANG (de, fr, ja, ...) overrides the system locale.
class Translations
{
public:
    static void install(QCoreApplication *app, const QLocale &locale = QLocale());

    // The translation of text from the first of contexts that has one (else text), with %n as n.
    // For code outside QObject classes: lupdate files a tr() call under the class whose member
    // function makes it ("pd::LdapSource") or, in a free function, under the namespace ("pd"), so
    // a file's local tr() asks for the contexts lupdate gave its strings.
    static QString translate(std::initializer_list<const char *> contexts, const char *text, int n = -1);
};

} // namespace pd
