; Per-user installer of CRM Desktop for Windows 10 and 11 (Inno Setup 6).
; No administrator rights: the program goes to %LOCALAPPDATA%\Programs\CRM Desktop and the
; Start menu entry to the user's own menu. Workspaces, backups and logs live elsewhere (the
; user's AppData) and are never removed by the uninstaller.
;
; Built by packaging\windows\build.ps1, which passes the version:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\crm-desktop.iss
; Paths below are relative to this file.

#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=X.Y.Z crm-desktop.iss
#endif
#define AppName "CRM Desktop"
#define AppExe "crm-desktop.exe"
#define Bundle "..\..\dist\crm-desktop"

[Setup]
; The AppId identifies the program across versions (upgrades replace it); never change it.
AppId={{F6603C88-78DB-4647-A053-6FDF37629571}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CRM Desktop developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=crm-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\crm-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Files of the previous version that the new one no longer ships must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
