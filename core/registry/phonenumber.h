#pragma once

#include <QString>

namespace youfu::core {

struct PhoneCheck
{
    bool valid = false;
    QString canonical; // "13807391234" or "0739-4221234"; empty when invalid or empty
    QString digits;    // digits only: what the blind index is computed over
    QString message;   // why not, in the clerk's words
};

// Pure rule of phone numbers: an 11-digit mobile number 1[3-9]xxxxxxxxx, or a landline with
// its area code (0739-4221234). Full-width digits, spaces, dashes and a +86 prefix are accepted.
class PhoneNumber
{
public:
    static PhoneCheck check(const QString& typed);
    // Digits only, +86 removed; what a search term is compared with.
    static QString digitsOf(const QString& typed);
    // 138****1234 / 0739-***1234
    static QString mask(const QString& canonical);
};

} // namespace youfu::core
