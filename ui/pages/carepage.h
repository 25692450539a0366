#pragma once

#include "pages/registerpage.h"

namespace youfu::ui {

class CarePage : public RegisterPage
{
    Q_OBJECT
public:
    explicit CarePage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Care services"); }
    QIcon icon() const override;
    PageGroup group() const override { return PageGroup::Townships; }
    bool canManage() const;
};

} // namespace youfu::ui
