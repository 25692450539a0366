#pragma once

#include "app/session.h"
#include "visit/visit.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace youfu::ui {

class PersonChooser;

// 重点对象: why the person is watched, the risk, the responsible leader (包保领导) and worker
// (责任人: a user, or a name typed in for a township worker), since when and when it is
// reviewed. Saving starts a new record; the current one ends the day before (history kept).
class KeyPersonDialog : public QDialog
{
    Q_OBJECT
public:
    // `current` fills the fields (id 0: a new key person; personId 0: the person is chosen here).
    KeyPersonDialog(Session& session, const core::KeyPersonRecord& current,
                    QWidget* parent = nullptr);

    PersonChooser* persons() const { return m_person; }
    core::KeyPersonRecord record() const;
    qint64 savedId() const { return m_saved; }
    void accept() override;

    // A combo of the users that also takes a typed name (a worker without a login).
    static QComboBox* userCombo(Session& session, QWidget* parent, const char* name);
    static void setUser(QComboBox* box, qint64 userId, const QString& name);
    static void readUser(const QComboBox* box, qint64* userId, QString* name);

private:
    Session& m_session;
    qint64 m_saved = 0;
    PersonChooser* m_person = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_reasonText = nullptr;
    QComboBox* m_risk = nullptr;
    QComboBox* m_leader = nullptr;
    QComboBox* m_worker = nullptr;
    QDateEdit* m_since = nullptr;
    QDateEdit* m_review = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
