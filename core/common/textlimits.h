#pragma once

#include <QString>

namespace youfu::core {

// How long a text a clerk types may be, in one place. Beyond these a value is a mistake or an
// attack (a name of 120,000 characters, terminal escape sequences), never a real record.
struct TextLimits
{
    static constexpr int kName = 30;     // a person's or user's name, a serviceman's name
    static constexpr int kShort = 100;   // a bank name, a reason in a few words
    static constexpr int kAddress = 200; // an address
    static constexpr int kNote = 2000;   // notes, opinions, risk descriptions
};

// Pure checks of typed text. "" when fine, else the reason in the clerk's words, naming `what`.
class TextRules
{
public:
    // Control characters (ESC, NUL, …) are refused; a multi-line text allows newline and tab.
    static bool hasControlCharacters(const QString& text, bool multiLine = false);
    static QString check(const QString& text, int maxLength, const QString& what,
                         bool multiLine = false);
};

} // namespace youfu::core
