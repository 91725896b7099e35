#include "SecretLineEdit.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace pd {

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    m_edit->setObjectName(QStringLiteral("secretEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    // A secret must not leave through the clipboard or an input method's memory.
    m_edit->setContextMenuPolicy(Qt::NoContextMenu);
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setCheckable(true);
    m_reveal->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_reveal->setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_edit);
    connect(m_reveal, &QToolButton::toggled, this, [this](bool on) {
        m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        updateRevealButton();
    });
    connect(m_edit, &QLineEdit::textChanged, this, &SecretLineEdit::textChanged);
    connect(m_edit, &QLineEdit::editingFinished, this, &SecretLineEdit::editingFinished);
    setAccessibleFieldName(tr("Secret"));
}

QString SecretLineEdit::text() const
{
    return m_edit->text();
}

void SecretLineEdit::setText(const QString &text)
{
    m_edit->setText(text);
}

void SecretLineEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void SecretLineEdit::setAccessibleFieldName(const QString &name)
{
    m_fieldName = name;
    m_edit->setAccessibleName(name);
    updateRevealButton();
}

bool SecretLineEdit::isRevealed() const
{
    return m_reveal->isChecked();
}

void SecretLineEdit::setRevealed(bool revealed)
{
    m_reveal->setChecked(revealed);
}

void SecretLineEdit::updateRevealButton()
{
    const bool on = m_reveal->isChecked();
    m_reveal->setText(on ? tr("Hide") : tr("Show"));
    m_reveal->setAccessibleName(on ? tr("Hide %1").arg(m_fieldName) : tr("Show %1").arg(m_fieldName));
    m_reveal->setToolTip(m_reveal->accessibleName());
}

} // namespace pd
