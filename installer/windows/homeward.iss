; Inno Setup script: packs the one-folder build (dist\homeward) into a Windows installer.
;
; Needs Inno Setup 6.3 or later (x64compatible). Build on a Windows PC (README, "For IT departments"):
;   py -3.11 -m venv .venv
;   .venv\Scripts\python -m pip install -e ".[installer]"
;   .venv\Scripts\python installer\build.py
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\homeward.iss
; Output: dist\homeward-<version>-windows-x64-setup.exe
;
; Installs per machine into Program Files (administrator rights). The data -
; database, backups, logs - lives in each user's profile
; (%LOCALAPPDATA%\Homeward\Homeward) and is never written to, nor deleted from,
; the program folder: uninstalling removes the program only.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; The AppId ties updates and the uninstaller together: never change it.
AppId={{6B0E7C52-3E0A-4C36-9F0B-1D7A51A2C8E4}
AppName=Homeward
AppVersion={#AppVersion}
AppVerName=Homeward {#AppVersion}
AppPublisher=Homeward
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Homeward
DefaultGroupName=Homeward
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=homeward-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\homeward.ico
UninstallDisplayIcon={app}\Homeward.exe
UninstallDisplayName=Homeward {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An update closes a running Homeward first, so no file is left half replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the program folder whole: no library of the old version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\homeward\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Homeward"; Filename: "{app}\Homeward.exe"; WorkingDir: "{userdocs}"; Comment: "Case management for young refugees' housing transitions"
Name: "{autodesktop}\Homeward"; Filename: "{app}\Homeward.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\Homeward.exe"; Description: "{cm:LaunchProgram,Homeward}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder. The users' data folders (%LOCALAPPDATA%\Homeward) are kept
; on purpose: they hold case records that must outlive a reinstall.
Type: filesandordirs; Name: "{app}\_internal"
