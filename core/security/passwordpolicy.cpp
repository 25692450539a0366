#include "security/passwordpolicy.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PasswordPolicy)
};
} // namespace

Status checkPasswordPolicy(const QString& password, const QString& login)
{
    if (password.size() < 8)
        return Status::failure(Tr::tr("The password must have at least 8 characters."));
    bool upper = false, lower = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isUpper())
            upper = true;
        else if (c.isLower())
            lower = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    if (int(upper) + int(lower) + int(digit) + int(other) < 3)
        return Status::failure(Tr::tr("The password must mix at least three of: upper-case letters, "
                                      "lower-case letters, digits and other signs."));
    if (!login.isEmpty() && password.contains(login, Qt::CaseInsensitive))
        return Status::failure(Tr::tr("The password must not contain the login name."));
    return Status::success();
}

} // namespace youfu::core
