#pragma once

#include <QString>
#include <optional>

namespace pd {

// A value made fit for Zoom, or why it cannot be.
struct NormalizedValue
{
    QString value;
    QString error; // for the admin; empty when value is usable
    bool ok() const { return error.isEmpty(); }
};

// Checks and normal forms for the Zoom attributes that have rules of their own.
namespace ZoomValues {

bool isEmail(const QString &text);
// "+1 5125550123": "+", the country calling code, one space, the national number's digits.
// Numbers without "+" or "00" get defaultCountryCode (digits, e.g. "1"), after dropping a trunk 0
// (or NANP's leading 1).
NormalizedValue phone(const QString &text, const QString &defaultCountryCode = {});
// "Basic", "Licensed" or "On-Prem"; Pro and Corp are the old names of the last two.
NormalizedValue userType(const QString &text);
// "en-US" or "fr": an ISO 639 language, optionally with an ISO 3166 country.
NormalizedValue locale(const QString &text);
std::optional<bool> boolean(const QString &text);
// The digits of a calling code at the start of an international number (1 to 3 digits).
int callingCodeLength(const QString &digits);

} // namespace ZoomValues

} // namespace pd
