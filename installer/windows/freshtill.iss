; (UTF-8 with BOM: Inno Setup reads the Chinese entries right only so)
; Inno Setup script: installs the one-folder bundle built by `py installer\build.py` on Windows
; (dist\freshtill\freshtill.exe, freshtillw.exe and _internal\) with Start-menu entries for the till and
; the back office. Compile with:  "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\windows\freshtill.iss
; The output is dist\FreshTill-<version>-setup.exe. The till database is in each user's data folder
; (%LOCALAPPDATA%\freshtill, or FRESHTILL_DATA_DIR) and is neither installed nor removed by this script.

#define AppName "FreshTill"
#define AppVersion "0.1.0"
#define Root "..\.."

[Setup]
; A fixed AppId: an upgrade replaces the same installation instead of adding a second one.
AppId={{6E0B3C52-7A91-4C1E-9F5A-3D8C2B1A7E44}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=FreshTill
DefaultDirName={autopf}\FreshTill
DefaultGroupName=FreshTill
DisableProgramGroupPage=yes
OutputDir={#Root}\dist
OutputBaseFilename=FreshTill-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\freshtill.ico
UninstallDisplayIcon={app}\freshtill.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern
; A running till holds its files open: ask to close it rather than leave half an upgrade.
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[CustomMessages]
en.TillEntry=FreshTill Till
zh_CN.TillEntry=鲜到家收银
en.BackOfficeEntry=FreshTill Back office
zh_CN.BackOfficeEntry=鲜到家后台管理
en.SelfCheckEntry=FreshTill self-check
zh_CN.SelfCheckEntry=鲜到家自检

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; The bundle is replaced whole: files a newer build no longer has must not linger in _internal.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\freshtill\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; freshtillw.exe: the same program without a console window, for the windows a cashier or manager opens.
Name: "{group}\{cm:TillEntry}"; Filename: "{app}\freshtillw.exe"; Parameters: "till"; IconFilename: "{app}\freshtill.exe"
Name: "{group}\{cm:BackOfficeEntry}"; Filename: "{app}\freshtillw.exe"; Parameters: "backoffice"; IconFilename: "{app}\freshtill.exe"
; The console program, so the result of the check stays readable.
Name: "{group}\{cm:SelfCheckEntry}"; Filename: "{cmd}"; Parameters: "/k ""{app}\freshtill.exe"" self-check"
Name: "{autodesktop}\{cm:TillEntry}"; Filename: "{app}\freshtillw.exe"; Parameters: "till"; IconFilename: "{app}\freshtill.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\freshtill.exe"; Parameters: "self-check"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation…"
Filename: "{app}\freshtillw.exe"; Parameters: "till"; Description: "{cm:LaunchProgram,{cm:TillEntry}}"; Flags: nowait postinstall skipifsilent
