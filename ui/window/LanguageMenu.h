#pragma once

#include <QMenu>

namespace pd {

// View → Language: System default or one of the languages the app ships, each by its own name. The
// choice is saved (Translations::saveLanguage, shared with the CLI) and applies from the next start,
// which a non-modal message says.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

private:
    void choose(const QString &code);
};

} // namespace pd
