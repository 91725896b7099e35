#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace pd {

// A masked line edit with a keyboard-reachable "Show"/"Hide" toggle next to it.
class SecretLineEdit : public QWidget
{
    Q_OBJECT
public:
    explicit SecretLineEdit(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void setPlaceholderText(const QString &text);
    // Names both parts for assistive technology: "<name>" and "Show <name>".
    void setAccessibleFieldName(const QString &name);
    bool isRevealed() const;
    void setRevealed(bool revealed);
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *revealButton() const { return m_reveal; }

signals:
    void textChanged(const QString &text);
    void editingFinished();

private:
    void updateRevealButton();

    QLineEdit *m_edit;
    QToolButton *m_reveal;
    QString m_fieldName;
};

} // namespace pd
