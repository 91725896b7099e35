#pragma once

#include <QLocale>
#include <QString>
#include <initializer_list>

class QCoreApplication;

namespace pd {

// Installs the translations embedded under :/i18n (ours) and Qt's own. The language is, first that
// is set: $PROVISIONDESK_LANG (de, fr, ja, ...), the choice saved in the app's settings (View >
// Language; the GUI and the CLI share it), the system locale.
class Translations
{
public:
    static void install(QCoreApplication *app, const QLocale &systemLocale = QLocale());

    // The QSettings key of the saved choice: a language code ("de"), empty for the system's.
    static QString settingsKey() { return QStringLiteral("language"); }
    // The saved choice (QSettings with the application's organisation and name); empty when none.
    static QString savedLanguage();
    static void saveLanguage(const QString &code);
    // The locale install() uses, by the precedence above.
    static QLocale effectiveLocale(const QLocale &systemLocale = QLocale());

    // The translation of text from the first of contexts that has one (else text), with %n as n.
    // For code outside QObject classes: lupdate files a tr() call under the class whose member
    // function makes it ("pd::LdapSource") or, in a free function, under the namespace ("pd"), so
    // a file's local tr() asks for the contexts lupdate gave its strings.
    static QString translate(std::initializer_list<const char *> contexts, const char *text, int n = -1);
};

} // namespace pd
