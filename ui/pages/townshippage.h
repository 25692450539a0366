#pragma once

#include "pages/registerpage.h"

namespace youfu::ui {

class TownshipPage : public RegisterPage
{
    Q_OBJECT
public:
    explicit TownshipPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("The townships"); }
    QIcon icon() const override;
    PageGroup group() const override { return PageGroup::Townships; }
    bool canManage() const;
};

} // namespace youfu::ui
