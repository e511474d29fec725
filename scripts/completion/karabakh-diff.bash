# bash completion for karabakh-diff.
# Installed by `cmake --install` as share/bash-completion/completions/karabakh-diff;
# to try it without installing: source scripts/completion/karabakh-diff.bash

_karabakh_diff() {
  local cur prev cword
  local -a words
  if declare -F _init_completion >/dev/null; then
    _init_completion || return
  else
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
  fi

  # The command: the first of check/extract/compare on the line, else the report.
  local command=report i
  for ((i = 1; i < cword; i++)); do
    case ${words[i]} in
      check | extract | compare)
        command=${words[i]}
        break
        ;;
    esac
  done

  local sides="Ankara Baku Beijing Berlin Brussels Kyiv London Moscow Paris Tehran Washington Yerevan"
  case $prev in
    -f | --format)
      case $command in
        report) COMPREPLY=($(compgen -W "text json jsonl markdown html csv" -- "$cur")) ;;
        extract) COMPREPLY=($(compgen -W "jsonl" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "text json jsonl" -- "$cur")) ;;
      esac
      return
      ;;
    --color)
      COMPREPLY=($(compgen -W "auto always never" -- "$cur"))
      return
      ;;
    --sides)
      # A,B: the side after the comma is completed with the first kept.
      if [[ $cur == *,* ]]; then
        COMPREPLY=($(compgen -P "${cur%%,*}," -W "$sides" -- "${cur#*,}"))
      else
        COMPREPLY=($(compgen -S , -W "$sides" -- "$cur"))
        compopt -o nospace 2>/dev/null
      fi
      return
      ;;
    --lexicon)
      COMPREPLY=($(compgen -f -X '!*.json' -- "$cur") $(compgen -d -- "$cur"))
      compopt -o filenames 2>/dev/null
      return
      ;;
    --golden)
      COMPREPLY=($(compgen -d -- "$cur"))
      compopt -o filenames 2>/dev/null
      return
      ;;
    -o | --output)
      COMPREPLY=($(compgen -f -- "$cur"))
      compopt -o filenames 2>/dev/null
      return
      ;;
    --outlet | --event | --width | -j | --jobs | --max-file-size | --max-line-length | --min-recall | --min-precision)
      return  # a value only the user knows
      ;;
  esac

  if [[ $cur == -* ]]; then
    local options
    case $command in
      report)
        options="--format --output --explain --lexicon --outlet --sides --event --color --width
                 --jobs --max-file-size --max-line-length --version --help"
        ;;
      check) options="--golden --update --min-recall --min-precision --lexicon --help" ;;
      extract) options="--format --lexicon --outlet --no-source --jobs --max-file-size --max-line-length --help" ;;
      compare) options="--format --output --lexicon --sides --event --color --width --jobs --help" ;;
    esac
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
    return
  fi

  COMPREPLY=($(compgen -f -- "$cur"))
  compopt -o filenames 2>/dev/null
  if [[ $command == report && $cword -eq 1 ]]; then
    COMPREPLY+=($(compgen -W "check extract compare" -- "$cur"))
  fi
}

complete -F _karabakh_diff karabakh-diff
