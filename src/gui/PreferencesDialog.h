// Scopekeeper console: Preferences (clipboard clear delay, default expiry of new keys, automatic
// refresh). Saved when accepted; the main window applies them at once.
#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace sk {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace sk
