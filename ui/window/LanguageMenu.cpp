#include "LanguageMenu.h"

#include "Translations.h"

#include <QActionGroup>
#include <QMessageBox>

namespace pd {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    // Each language by its own name, so that it can be found whatever the current language is.
    const QList<std::pair<QString, QString>> languages {{QString(), tr("System Default")},
        {QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")}, {QStringLiteral("ja"), QStringLiteral("日本語")}};
    const QString saved = Translations::savedLanguage();
    for (const auto &[code, name] : languages) {
        QAction *action = addAction(name);
        action->setObjectName(
            QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == saved);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    }
}

void LanguageMenu::choose(const QString &code)
{
    if (code == Translations::savedLanguage())
        return;
    Translations::saveLanguage(code);
    const QList<QAction *> all = actions();
    for (QAction *action : all)
        action->setChecked(action->data().toString() == code);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
        tr("ProvisionDesk and provisiondesk-cli use the new language from their next start."),
        QMessageBox::Ok, parentWidget());
    box->setObjectName(QStringLiteral("languageChangedBox"));
    if (!qEnvironmentVariableIsEmpty("PROVISIONDESK_LANG"))
        box->setInformativeText(
            tr("PROVISIONDESK_LANG is set in the environment; it overrides this choice while it is set."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace pd
