#pragma once

#include "app/session.h"
#include "models/findresultmodel.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace youfu::ui {

// Ctrl+K from anywhere in the main window: type a name, its pinyin initials, part of a citizen
// ID or of an application number; Up/Down move through what matches, Enter opens it.
class GlobalFindDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 150;

    explicit GlobalFindDialog(Session& session, QWidget* parent = nullptr);
    FindResultModel* model() const { return m_model; }
    QLineEdit* searchEdit() const { return m_edit; }
    QListView* results() const { return m_list; }
    // Searches now instead of after the typing pause.
    void searchNow();

Q_SIGNALS:
    void chosen(youfu::ui::FindResultModel::Kind kind, qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void openRow(int row);

    FindResultModel* m_model = nullptr;
    QLineEdit* m_edit = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_note = nullptr;
    QTimer* m_delay = nullptr;
};

} // namespace youfu::ui
