#pragma once

#include <QLabel>
#include <QPointer>

namespace pd {

// The inline error under one field. Hidden while there is no error; the message is also set as the
// field's accessible description so a screen reader announces it with the field.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FieldErrorLabel(QWidget *field, QWidget *parent = nullptr);

    void setError(const QString &message);
    QString error() const { return text(); }
    bool hasError() const { return !text().isEmpty(); }
    // The field with its error label under it, for the field column of a form.
    static QWidget *stack(QWidget *field, FieldErrorLabel *error, QWidget *parent);

private:
    QPointer<QWidget> m_field;
};

} // namespace pd
