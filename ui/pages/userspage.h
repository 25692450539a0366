#pragma once

#include "pages/page.h"

class QPushButton;
class QTableView;

namespace youfu::ui {

class UserModel;

// For the administrator: add users, set roles, reset passwords, disable (never delete).
class UsersPage : public Page
{
    Q_OBJECT
public:
    explicit UsersPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Users"); }
    QIcon icon() const override;
    PageGroup group() const override { return PageGroup::System; }
    void refresh() override;

    QTableView* view() const { return m_view; }

private:
    void addUser();
    void editUser();
    void resetPassword();
    void toggleDisabled();
    void updateButtons();

    UserModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_disable = nullptr;
};

} // namespace youfu::ui
