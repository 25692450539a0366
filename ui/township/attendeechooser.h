#pragma once

#include "app/session.h"
#include "township/training.h"

#include <QDialog>

#include <QList>
#include <functional>

class QComboBox;
class QLabel;
class QListWidget;

namespace youfu::ui {

// Chooses who is asked to a session: the serving township workers (专干 and 信息员) and the
// bureau's staff, each with a check box; quick choices by township, all 专干, all 信息员, the
// bureau's staff, none. OK saves the list through TrainingStore (who stays keeps their
// attendance).
class AttendeeChooser : public QDialog
{
    Q_OBJECT
public:
    AttendeeChooser(Session& session, const core::TrainingSession& training,
                    QWidget* parent = nullptr);
    QListWidget* list() const { return m_list; }
    int checkedCount() const;
    void accept() override;

private:
    // Checks the items `pick` says yes to (others keep their state).
    void checkWhere(const std::function<bool(const core::TrainingAttendee&)>& pick);

    Session& m_session;
    core::TrainingSession m_training;
    QList<core::TrainingAttendee> m_candidates; // in the list's order
    QComboBox* m_township = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
