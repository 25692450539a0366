#pragma once

#include "app/session.h"
#include "visit/campaign.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace youfu::ui {

// 新建慰问: festival and year, the categories visited, the townships (none ticked = all).
// OK makes the campaign and its list (CampaignStore::draft), or shows why it cannot.
class CampaignDraftDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CampaignDraftDialog(Session& session, QWidget* parent = nullptr);
    qint64 campaignId() const { return m_id; }
    core::CampaignDraft draft() const;
    void accept() override;

private:
    Session& m_session;
    QComboBox* m_festival = nullptr;
    QSpinBox* m_year = nullptr;
    QLineEdit* m_title = nullptr;
    QListWidget* m_categories = nullptr;
    QListWidget* m_townships = nullptr;
    QLabel* m_error = nullptr;
    qint64 m_id = 0;
};

} // namespace youfu::ui
