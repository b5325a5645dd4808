#!/usr/bin/env node
// Generated from packages/agent by `pnpm --filter glassbox-lite build`. Do not edit.
import { createRequire as __glassboxCreateRequire } from 'node:module';
const require = __glassboxCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/.pnpm/safe-stable-stringify@2.5.0/node_modules/safe-stable-stringify/index.js
var require_safe_stable_stringify = __commonJS({
  "node_modules/.pnpm/safe-stable-stringify@2.5.0/node_modules/safe-stable-stringify/index.js"(exports, module) {
    "use strict";
    var { hasOwnProperty } = Object.prototype;
    var stringify3 = configure2();
    stringify3.configure = configure2;
    stringify3.stringify = stringify3;
    stringify3.default = stringify3;
    exports.stringify = stringify3;
    exports.configure = configure2;
    module.exports = stringify3;
    var strEscapeSequencesRegExp = /[\u0000-\u001f\u0022\u005c\ud800-\udfff]/;
    function strEscape(str4) {
      if (str4.length < 5e3 && !strEscapeSequencesRegExp.test(str4)) {
        return `"${str4}"`;
      }
      return JSON.stringify(str4);
    }
    function sort(array, comparator) {
      if (array.length > 200 || comparator) {
        return array.sort(comparator);
      }
      for (let i = 1; i < array.length; i++) {
        const currentValue = array[i];
        let position = i;
        while (position !== 0 && array[position - 1] > currentValue) {
          array[position] = array[position - 1];
          position--;
        }
        array[position] = currentValue;
      }
      return array;
    }
    var typedArrayPrototypeGetSymbolToStringTag = Object.getOwnPropertyDescriptor(
      Object.getPrototypeOf(
        Object.getPrototypeOf(
          new Int8Array()
        )
      ),
      Symbol.toStringTag
    ).get;
    function isTypedArrayWithEntries(value) {
      return typedArrayPrototypeGetSymbolToStringTag.call(value) !== void 0 && value.length !== 0;
    }
    function stringifyTypedArray(array, separator, maximumBreadth) {
      if (array.length < maximumBreadth) {
        maximumBreadth = array.length;
      }
      const whitespace = separator === "," ? "" : " ";
      let res = `"0":${whitespace}${array[0]}`;
      for (let i = 1; i < maximumBreadth; i++) {
        res += `${separator}"${i}":${whitespace}${array[i]}`;
      }
      return res;
    }
    function getCircularValueOption(options) {
      if (hasOwnProperty.call(options, "circularValue")) {
        const circularValue = options.circularValue;
        if (typeof circularValue === "string") {
          return `"${circularValue}"`;
        }
        if (circularValue == null) {
          return circularValue;
        }
        if (circularValue === Error || circularValue === TypeError) {
          return {
            toString() {
              throw new TypeError("Converting circular structure to JSON");
            }
          };
        }
        throw new TypeError('The "circularValue" argument must be of type string or the value null or undefined');
      }
      return '"[Circular]"';
    }
    function getDeterministicOption(options) {
      let value;
      if (hasOwnProperty.call(options, "deterministic")) {
        value = options.deterministic;
        if (typeof value !== "boolean" && typeof value !== "function") {
          throw new TypeError('The "deterministic" argument must be of type boolean or comparator function');
        }
      }
      return value === void 0 ? true : value;
    }
    function getBooleanOption(options, key) {
      let value;
      if (hasOwnProperty.call(options, key)) {
        value = options[key];
        if (typeof value !== "boolean") {
          throw new TypeError(`The "${key}" argument must be of type boolean`);
        }
      }
      return value === void 0 ? true : value;
    }
    function getPositiveIntegerOption(options, key) {
      let value;
      if (hasOwnProperty.call(options, key)) {
        value = options[key];
        if (typeof value !== "number") {
          throw new TypeError(`The "${key}" argument must be of type number`);
        }
        if (!Number.isInteger(value)) {
          throw new TypeError(`The "${key}" argument must be an integer`);
        }
        if (value < 1) {
          throw new RangeError(`The "${key}" argument must be >= 1`);
        }
      }
      return value === void 0 ? Infinity : value;
    }
    function getItemCount(number2) {
      if (number2 === 1) {
        return "1 item";
      }
      return `${number2} items`;
    }
    function getUniqueReplacerSet(replacerArray) {
      const replacerSet = /* @__PURE__ */ new Set();
      for (const value of replacerArray) {
        if (typeof value === "string" || typeof value === "number") {
          replacerSet.add(String(value));
        }
      }
      return replacerSet;
    }
    function getStrictOption(options) {
      if (hasOwnProperty.call(options, "strict")) {
        const value = options.strict;
        if (typeof value !== "boolean") {
          throw new TypeError('The "strict" argument must be of type boolean');
        }
        if (value) {
          return (value2) => {
            let message = `Object can not safely be stringified. Received type ${typeof value2}`;
            if (typeof value2 !== "function") message += ` (${value2.toString()})`;
            throw new Error(message);
          };
        }
      }
    }
    function configure2(options) {
      options = { ...options };
      const fail = getStrictOption(options);
      if (fail) {
        if (options.bigint === void 0) {
          options.bigint = false;
        }
        if (!("circularValue" in options)) {
          options.circularValue = Error;
        }
      }
      const circularValue = getCircularValueOption(options);
      const bigint = getBooleanOption(options, "bigint");
      const deterministic = getDeterministicOption(options);
      const comparator = typeof deterministic === "function" ? deterministic : void 0;
      const maximumDepth = getPositiveIntegerOption(options, "maximumDepth");
      const maximumBreadth = getPositiveIntegerOption(options, "maximumBreadth");
      function stringifyFnReplacer(key, parent, stack, replacer, spacer, indentation) {
        let value = parent[key];
        if (typeof value === "object" && value !== null && typeof value.toJSON === "function") {
          value = value.toJSON(key);
        }
        value = replacer.call(parent, key, value);
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null) {
              return "null";
            }
            if (stack.indexOf(value) !== -1) {
              return circularValue;
            }
            let res = "";
            let join30 = ",";
            const originalIndentation = indentation;
            if (Array.isArray(value)) {
              if (value.length === 0) {
                return "[]";
              }
              if (maximumDepth < stack.length + 1) {
                return '"[Array]"';
              }
              stack.push(value);
              if (spacer !== "") {
                indentation += spacer;
                res += `
${indentation}`;
                join30 = `,
${indentation}`;
              }
              const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
              let i = 0;
              for (; i < maximumValuesToStringify - 1; i++) {
                const tmp2 = stringifyFnReplacer(String(i), value, stack, replacer, spacer, indentation);
                res += tmp2 !== void 0 ? tmp2 : "null";
                res += join30;
              }
              const tmp = stringifyFnReplacer(String(i), value, stack, replacer, spacer, indentation);
              res += tmp !== void 0 ? tmp : "null";
              if (value.length - 1 > maximumBreadth) {
                const removedKeys = value.length - maximumBreadth - 1;
                res += `${join30}"... ${getItemCount(removedKeys)} not stringified"`;
              }
              if (spacer !== "") {
                res += `
${originalIndentation}`;
              }
              stack.pop();
              return `[${res}]`;
            }
            let keys = Object.keys(value);
            const keyLength = keys.length;
            if (keyLength === 0) {
              return "{}";
            }
            if (maximumDepth < stack.length + 1) {
              return '"[Object]"';
            }
            let whitespace = "";
            let separator = "";
            if (spacer !== "") {
              indentation += spacer;
              join30 = `,
${indentation}`;
              whitespace = " ";
            }
            const maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
            if (deterministic && !isTypedArrayWithEntries(value)) {
              keys = sort(keys, comparator);
            }
            stack.push(value);
            for (let i = 0; i < maximumPropertiesToStringify; i++) {
              const key2 = keys[i];
              const tmp = stringifyFnReplacer(key2, value, stack, replacer, spacer, indentation);
              if (tmp !== void 0) {
                res += `${separator}${strEscape(key2)}:${whitespace}${tmp}`;
                separator = join30;
              }
            }
            if (keyLength > maximumBreadth) {
              const removedKeys = keyLength - maximumBreadth;
              res += `${separator}"...":${whitespace}"${getItemCount(removedKeys)} not stringified"`;
              separator = join30;
            }
            if (spacer !== "" && separator.length > 1) {
              res = `
${indentation}${res}
${originalIndentation}`;
            }
            stack.pop();
            return `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail ? fail(value) : "null";
          case "boolean":
            return value === true ? "true" : "false";
          case "undefined":
            return void 0;
          case "bigint":
            if (bigint) {
              return String(value);
            }
          // fallthrough
          default:
            return fail ? fail(value) : void 0;
        }
      }
      function stringifyArrayReplacer(key, value, stack, replacer, spacer, indentation) {
        if (typeof value === "object" && value !== null && typeof value.toJSON === "function") {
          value = value.toJSON(key);
        }
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null) {
              return "null";
            }
            if (stack.indexOf(value) !== -1) {
              return circularValue;
            }
            const originalIndentation = indentation;
            let res = "";
            let join30 = ",";
            if (Array.isArray(value)) {
              if (value.length === 0) {
                return "[]";
              }
              if (maximumDepth < stack.length + 1) {
                return '"[Array]"';
              }
              stack.push(value);
              if (spacer !== "") {
                indentation += spacer;
                res += `
${indentation}`;
                join30 = `,
${indentation}`;
              }
              const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
              let i = 0;
              for (; i < maximumValuesToStringify - 1; i++) {
                const tmp2 = stringifyArrayReplacer(String(i), value[i], stack, replacer, spacer, indentation);
                res += tmp2 !== void 0 ? tmp2 : "null";
                res += join30;
              }
              const tmp = stringifyArrayReplacer(String(i), value[i], stack, replacer, spacer, indentation);
              res += tmp !== void 0 ? tmp : "null";
              if (value.length - 1 > maximumBreadth) {
                const removedKeys = value.length - maximumBreadth - 1;
                res += `${join30}"... ${getItemCount(removedKeys)} not stringified"`;
              }
              if (spacer !== "") {
                res += `
${originalIndentation}`;
              }
              stack.pop();
              return `[${res}]`;
            }
            stack.push(value);
            let whitespace = "";
            if (spacer !== "") {
              indentation += spacer;
              join30 = `,
${indentation}`;
              whitespace = " ";
            }
            let separator = "";
            for (const key2 of replacer) {
              const tmp = stringifyArrayReplacer(key2, value[key2], stack, replacer, spacer, indentation);
              if (tmp !== void 0) {
                res += `${separator}${strEscape(key2)}:${whitespace}${tmp}`;
                separator = join30;
              }
            }
            if (spacer !== "" && separator.length > 1) {
              res = `
${indentation}${res}
${originalIndentation}`;
            }
            stack.pop();
            return `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail ? fail(value) : "null";
          case "boolean":
            return value === true ? "true" : "false";
          case "undefined":
            return void 0;
          case "bigint":
            if (bigint) {
              return String(value);
            }
          // fallthrough
          default:
            return fail ? fail(value) : void 0;
        }
      }
      function stringifyIndent(key, value, stack, spacer, indentation) {
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null) {
              return "null";
            }
            if (typeof value.toJSON === "function") {
              value = value.toJSON(key);
              if (typeof value !== "object") {
                return stringifyIndent(key, value, stack, spacer, indentation);
              }
              if (value === null) {
                return "null";
              }
            }
            if (stack.indexOf(value) !== -1) {
              return circularValue;
            }
            const originalIndentation = indentation;
            if (Array.isArray(value)) {
              if (value.length === 0) {
                return "[]";
              }
              if (maximumDepth < stack.length + 1) {
                return '"[Array]"';
              }
              stack.push(value);
              indentation += spacer;
              let res2 = `
${indentation}`;
              const join31 = `,
${indentation}`;
              const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
              let i = 0;
              for (; i < maximumValuesToStringify - 1; i++) {
                const tmp2 = stringifyIndent(String(i), value[i], stack, spacer, indentation);
                res2 += tmp2 !== void 0 ? tmp2 : "null";
                res2 += join31;
              }
              const tmp = stringifyIndent(String(i), value[i], stack, spacer, indentation);
              res2 += tmp !== void 0 ? tmp : "null";
              if (value.length - 1 > maximumBreadth) {
                const removedKeys = value.length - maximumBreadth - 1;
                res2 += `${join31}"... ${getItemCount(removedKeys)} not stringified"`;
              }
              res2 += `
${originalIndentation}`;
              stack.pop();
              return `[${res2}]`;
            }
            let keys = Object.keys(value);
            const keyLength = keys.length;
            if (keyLength === 0) {
              return "{}";
            }
            if (maximumDepth < stack.length + 1) {
              return '"[Object]"';
            }
            indentation += spacer;
            const join30 = `,
${indentation}`;
            let res = "";
            let separator = "";
            let maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
            if (isTypedArrayWithEntries(value)) {
              res += stringifyTypedArray(value, join30, maximumBreadth);
              keys = keys.slice(value.length);
              maximumPropertiesToStringify -= value.length;
              separator = join30;
            }
            if (deterministic) {
              keys = sort(keys, comparator);
            }
            stack.push(value);
            for (let i = 0; i < maximumPropertiesToStringify; i++) {
              const key2 = keys[i];
              const tmp = stringifyIndent(key2, value[key2], stack, spacer, indentation);
              if (tmp !== void 0) {
                res += `${separator}${strEscape(key2)}: ${tmp}`;
                separator = join30;
              }
            }
            if (keyLength > maximumBreadth) {
              const removedKeys = keyLength - maximumBreadth;
              res += `${separator}"...": "${getItemCount(removedKeys)} not stringified"`;
              separator = join30;
            }
            if (separator !== "") {
              res = `
${indentation}${res}
${originalIndentation}`;
            }
            stack.pop();
            return `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail ? fail(value) : "null";
          case "boolean":
            return value === true ? "true" : "false";
          case "undefined":
            return void 0;
          case "bigint":
            if (bigint) {
              return String(value);
            }
          // fallthrough
          default:
            return fail ? fail(value) : void 0;
        }
      }
      function stringifySimple(key, value, stack) {
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null) {
              return "null";
            }
            if (typeof value.toJSON === "function") {
              value = value.toJSON(key);
              if (typeof value !== "object") {
                return stringifySimple(key, value, stack);
              }
              if (value === null) {
                return "null";
              }
            }
            if (stack.indexOf(value) !== -1) {
              return circularValue;
            }
            let res = "";
            const hasLength = value.length !== void 0;
            if (hasLength && Array.isArray(value)) {
              if (value.length === 0) {
                return "[]";
              }
              if (maximumDepth < stack.length + 1) {
                return '"[Array]"';
              }
              stack.push(value);
              const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
              let i = 0;
              for (; i < maximumValuesToStringify - 1; i++) {
                const tmp2 = stringifySimple(String(i), value[i], stack);
                res += tmp2 !== void 0 ? tmp2 : "null";
                res += ",";
              }
              const tmp = stringifySimple(String(i), value[i], stack);
              res += tmp !== void 0 ? tmp : "null";
              if (value.length - 1 > maximumBreadth) {
                const removedKeys = value.length - maximumBreadth - 1;
                res += `,"... ${getItemCount(removedKeys)} not stringified"`;
              }
              stack.pop();
              return `[${res}]`;
            }
            let keys = Object.keys(value);
            const keyLength = keys.length;
            if (keyLength === 0) {
              return "{}";
            }
            if (maximumDepth < stack.length + 1) {
              return '"[Object]"';
            }
            let separator = "";
            let maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
            if (hasLength && isTypedArrayWithEntries(value)) {
              res += stringifyTypedArray(value, ",", maximumBreadth);
              keys = keys.slice(value.length);
              maximumPropertiesToStringify -= value.length;
              separator = ",";
            }
            if (deterministic) {
              keys = sort(keys, comparator);
            }
            stack.push(value);
            for (let i = 0; i < maximumPropertiesToStringify; i++) {
              const key2 = keys[i];
              const tmp = stringifySimple(key2, value[key2], stack);
              if (tmp !== void 0) {
                res += `${separator}${strEscape(key2)}:${tmp}`;
                separator = ",";
              }
            }
            if (keyLength > maximumBreadth) {
              const removedKeys = keyLength - maximumBreadth;
              res += `${separator}"...":"${getItemCount(removedKeys)} not stringified"`;
            }
            stack.pop();
            return `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail ? fail(value) : "null";
          case "boolean":
            return value === true ? "true" : "false";
          case "undefined":
            return void 0;
          case "bigint":
            if (bigint) {
              return String(value);
            }
          // fallthrough
          default:
            return fail ? fail(value) : void 0;
        }
      }
      function stringify4(value, replacer, space) {
        if (arguments.length > 1) {
          let spacer = "";
          if (typeof space === "number") {
            spacer = " ".repeat(Math.min(space, 10));
          } else if (typeof space === "string") {
            spacer = space.slice(0, 10);
          }
          if (replacer != null) {
            if (typeof replacer === "function") {
              return stringifyFnReplacer("", { "": value }, [], replacer, spacer, "");
            }
            if (Array.isArray(replacer)) {
              return stringifyArrayReplacer("", value, [], getUniqueReplacerSet(replacer), spacer, "");
            }
          }
          if (spacer.length !== 0) {
            return stringifyIndent("", value, [], spacer, "");
          }
        }
        return stringifySimple("", value, []);
      }
      return stringify4;
    }
  }
});

// node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err-helpers.js
var require_err_helpers = __commonJS({
  "node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err-helpers.js"(exports, module) {
    "use strict";
    var isErrorLike = (err) => {
      return err && typeof err.message === "string";
    };
    var getErrorCause = (err) => {
      if (!err) return;
      const cause = err.cause;
      if (typeof cause === "function") {
        const causeResult = err.cause();
        return isErrorLike(causeResult) ? causeResult : void 0;
      } else {
        return isErrorLike(cause) ? cause : void 0;
      }
    };
    var _stackWithCauses = (err, seen) => {
      if (!isErrorLike(err)) return "";
      const stack = err.stack || "";
      if (seen.has(err)) {
        return stack + "\ncauses have become circular...";
      }
      const cause = getErrorCause(err);
      if (cause) {
        seen.add(err);
        return stack + "\ncaused by: " + _stackWithCauses(cause, seen);
      } else {
        return stack;
      }
    };
    var stackWithCauses = (err) => _stackWithCauses(err, /* @__PURE__ */ new Set());
    var _messageWithCauses = (err, seen, skip) => {
      if (!isErrorLike(err)) return "";
      const message = skip ? "" : err.message || "";
      if (seen.has(err)) {
        return message + ": ...";
      }
      const cause = getErrorCause(err);
      if (cause) {
        seen.add(err);
        const skipIfVErrorStyleCause = typeof err.cause === "function";
        return message + (skipIfVErrorStyleCause ? "" : ": ") + _messageWithCauses(cause, seen, skipIfVErrorStyleCause);
      } else {
        return message;
      }
    };
    var messageWithCauses = (err) => _messageWithCauses(err, /* @__PURE__ */ new Set());
    module.exports = {
      isErrorLike,
      getErrorCause,
      stackWithCauses,
      messageWithCauses
    };
  }
});

// node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err-proto.js
var require_err_proto = __commonJS({
  "node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err-proto.js"(exports, module) {
    "use strict";
    var seen = /* @__PURE__ */ Symbol("circular-ref-tag");
    var rawSymbol = /* @__PURE__ */ Symbol("pino-raw-err-ref");
    var pinoErrProto = Object.create({}, {
      type: {
        enumerable: true,
        writable: true,
        value: void 0
      },
      message: {
        enumerable: true,
        writable: true,
        value: void 0
      },
      stack: {
        enumerable: true,
        writable: true,
        value: void 0
      },
      aggregateErrors: {
        enumerable: true,
        writable: true,
        value: void 0
      },
      raw: {
        enumerable: false,
        get: function() {
          return this[rawSymbol];
        },
        set: function(val) {
          this[rawSymbol] = val;
        }
      }
    });
    Object.defineProperty(pinoErrProto, rawSymbol, {
      writable: true,
      value: {}
    });
    module.exports = {
      pinoErrProto,
      pinoErrorSymbols: {
        seen,
        rawSymbol
      }
    };
  }
});

// node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err.js
var require_err = __commonJS({
  "node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err.js"(exports, module) {
    "use strict";
    module.exports = errSerializer;
    var { messageWithCauses, stackWithCauses, isErrorLike } = require_err_helpers();
    var { pinoErrProto, pinoErrorSymbols } = require_err_proto();
    var { seen } = pinoErrorSymbols;
    var { toString } = Object.prototype;
    function errSerializer(err) {
      if (!isErrorLike(err)) {
        return err;
      }
      err[seen] = void 0;
      const _err = Object.create(pinoErrProto);
      _err.type = toString.call(err.constructor) === "[object Function]" ? err.constructor.name : err.name;
      _err.message = messageWithCauses(err);
      _err.stack = stackWithCauses(err);
      if (Array.isArray(err.errors)) {
        _err.aggregateErrors = err.errors.map((err2) => errSerializer(err2));
      }
      for (const key in err) {
        if (_err[key] === void 0) {
          const val = err[key];
          if (isErrorLike(val)) {
            if (key !== "cause" && !Object.prototype.hasOwnProperty.call(val, seen)) {
              _err[key] = errSerializer(val);
            }
          } else {
            _err[key] = val;
          }
        }
      }
      delete err[seen];
      _err.raw = err;
      return _err;
    }
  }
});

// node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err-with-cause.js
var require_err_with_cause = __commonJS({
  "node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/err-with-cause.js"(exports, module) {
    "use strict";
    module.exports = errWithCauseSerializer;
    var { isErrorLike } = require_err_helpers();
    var { pinoErrProto, pinoErrorSymbols } = require_err_proto();
    var { seen } = pinoErrorSymbols;
    var { toString } = Object.prototype;
    function errWithCauseSerializer(err) {
      if (!isErrorLike(err)) {
        return err;
      }
      err[seen] = void 0;
      const _err = Object.create(pinoErrProto);
      _err.type = toString.call(err.constructor) === "[object Function]" ? err.constructor.name : err.name;
      _err.message = err.message;
      _err.stack = err.stack;
      if (Array.isArray(err.errors)) {
        _err.aggregateErrors = err.errors.map((err2) => errWithCauseSerializer(err2));
      }
      if (isErrorLike(err.cause) && !Object.prototype.hasOwnProperty.call(err.cause, seen)) {
        _err.cause = errWithCauseSerializer(err.cause);
      }
      for (const key in err) {
        if (_err[key] === void 0) {
          const val = err[key];
          if (isErrorLike(val)) {
            if (!Object.prototype.hasOwnProperty.call(val, seen)) {
              _err[key] = errWithCauseSerializer(val);
            }
          } else {
            _err[key] = val;
          }
        }
      }
      delete err[seen];
      _err.raw = err;
      return _err;
    }
  }
});

// node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/req.js
var require_req = __commonJS({
  "node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/req.js"(exports, module) {
    "use strict";
    module.exports = {
      mapHttpRequest,
      reqSerializer
    };
    var rawSymbol = /* @__PURE__ */ Symbol("pino-raw-req-ref");
    var pinoReqProto = Object.create({}, {
      id: {
        enumerable: true,
        writable: true,
        value: ""
      },
      method: {
        enumerable: true,
        writable: true,
        value: ""
      },
      url: {
        enumerable: true,
        writable: true,
        value: ""
      },
      query: {
        enumerable: true,
        writable: true,
        value: ""
      },
      params: {
        enumerable: true,
        writable: true,
        value: ""
      },
      headers: {
        enumerable: true,
        writable: true,
        value: {}
      },
      remoteAddress: {
        enumerable: true,
        writable: true,
        value: ""
      },
      remotePort: {
        enumerable: true,
        writable: true,
        value: ""
      },
      raw: {
        enumerable: false,
        get: function() {
          return this[rawSymbol];
        },
        set: function(val) {
          this[rawSymbol] = val;
        }
      }
    });
    Object.defineProperty(pinoReqProto, rawSymbol, {
      writable: true,
      value: {}
    });
    function reqSerializer(req) {
      const connection = req.info || req.socket;
      const _req = Object.create(pinoReqProto);
      _req.id = typeof req.id === "function" ? req.id() : req.id || (req.info ? req.info.id : void 0);
      _req.method = req.method;
      if (req.originalUrl) {
        _req.url = req.originalUrl;
      } else {
        const path2 = req.path;
        _req.url = typeof path2 === "string" ? path2 : req.url ? req.url.path || req.url : void 0;
      }
      if (req.query) {
        _req.query = req.query;
      }
      if (req.params) {
        _req.params = req.params;
      }
      _req.headers = req.headers;
      _req.remoteAddress = connection && connection.remoteAddress;
      _req.remotePort = connection && connection.remotePort;
      _req.raw = req.raw || req;
      return _req;
    }
    function mapHttpRequest(req) {
      return {
        req: reqSerializer(req)
      };
    }
  }
});

// node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/res.js
var require_res = __commonJS({
  "node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/lib/res.js"(exports, module) {
    "use strict";
    module.exports = {
      mapHttpResponse,
      resSerializer
    };
    var rawSymbol = /* @__PURE__ */ Symbol("pino-raw-res-ref");
    var pinoResProto = Object.create({}, {
      statusCode: {
        enumerable: true,
        writable: true,
        value: 0
      },
      headers: {
        enumerable: true,
        writable: true,
        value: ""
      },
      raw: {
        enumerable: false,
        get: function() {
          return this[rawSymbol];
        },
        set: function(val) {
          this[rawSymbol] = val;
        }
      }
    });
    Object.defineProperty(pinoResProto, rawSymbol, {
      writable: true,
      value: {}
    });
    function resSerializer(res) {
      const _res = Object.create(pinoResProto);
      _res.statusCode = res.headersSent ? res.statusCode : null;
      _res.headers = res.getHeaders ? res.getHeaders() : res._headers;
      _res.raw = res;
      return _res;
    }
    function mapHttpResponse(res) {
      return {
        res: resSerializer(res)
      };
    }
  }
});

// node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/index.js
var require_pino_std_serializers = __commonJS({
  "node_modules/.pnpm/pino-std-serializers@7.1.0/node_modules/pino-std-serializers/index.js"(exports, module) {
    "use strict";
    var errSerializer = require_err();
    var errWithCauseSerializer = require_err_with_cause();
    var reqSerializers = require_req();
    var resSerializers = require_res();
    module.exports = {
      err: errSerializer,
      errWithCause: errWithCauseSerializer,
      mapHttpRequest: reqSerializers.mapHttpRequest,
      mapHttpResponse: resSerializers.mapHttpResponse,
      req: reqSerializers.reqSerializer,
      res: resSerializers.resSerializer,
      wrapErrorSerializer: function wrapErrorSerializer(customSerializer) {
        if (customSerializer === errSerializer) return customSerializer;
        return function wrapErrSerializer(err) {
          return customSerializer(errSerializer(err));
        };
      },
      wrapRequestSerializer: function wrapRequestSerializer(customSerializer) {
        if (customSerializer === reqSerializers.reqSerializer) return customSerializer;
        return function wrappedReqSerializer(req) {
          return customSerializer(reqSerializers.reqSerializer(req));
        };
      },
      wrapResponseSerializer: function wrapResponseSerializer(customSerializer) {
        if (customSerializer === resSerializers.resSerializer) return customSerializer;
        return function wrappedResSerializer(res) {
          return customSerializer(resSerializers.resSerializer(res));
        };
      }
    };
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/caller.js
var require_caller = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/caller.js"(exports, module) {
    "use strict";
    var util = __require("node:util");
    var getCallSites = util.getCallSites ?? util.getCallSite;
    function noOpPrepareStackTrace(_, stack) {
      return stack;
    }
    module.exports = function getCallers() {
      if (getCallSites) {
        return getCallSites().slice(2).map((callSite) => callSite.scriptName);
      }
      const originalPrepare = Error.prepareStackTrace;
      Error.prepareStackTrace = noOpPrepareStackTrace;
      const stack = new Error().stack;
      Error.prepareStackTrace = originalPrepare;
      if (!Array.isArray(stack)) {
        return void 0;
      }
      const entries = stack.slice(2);
      const fileNames = [];
      for (const entry of entries) {
        if (!entry) {
          continue;
        }
        fileNames.push(entry.getFileName());
      }
      return fileNames;
    };
  }
});

// node_modules/.pnpm/@pinojs+redact@0.4.0/node_modules/@pinojs/redact/index.js
var require_redact = __commonJS({
  "node_modules/.pnpm/@pinojs+redact@0.4.0/node_modules/@pinojs/redact/index.js"(exports, module) {
    "use strict";
    function deepClone(obj) {
      if (obj === null || typeof obj !== "object") {
        return obj;
      }
      if (obj instanceof Date) {
        return new Date(obj.getTime());
      }
      if (obj instanceof Array) {
        const cloned = [];
        for (let i = 0; i < obj.length; i++) {
          cloned[i] = deepClone(obj[i]);
        }
        return cloned;
      }
      if (typeof obj === "object") {
        const cloned = Object.create(Object.getPrototypeOf(obj));
        for (const key in obj) {
          if (Object.prototype.hasOwnProperty.call(obj, key)) {
            cloned[key] = deepClone(obj[key]);
          }
        }
        return cloned;
      }
      return obj;
    }
    function parsePath(path2) {
      const parts = [];
      let current = "";
      let inBrackets = false;
      let inQuotes = false;
      let quoteChar = "";
      for (let i = 0; i < path2.length; i++) {
        const char = path2[i];
        if (!inBrackets && char === ".") {
          if (current) {
            parts.push(current);
            current = "";
          }
        } else if (char === "[") {
          if (current) {
            parts.push(current);
            current = "";
          }
          inBrackets = true;
        } else if (char === "]" && inBrackets) {
          parts.push(current);
          current = "";
          inBrackets = false;
          inQuotes = false;
        } else if ((char === '"' || char === "'") && inBrackets) {
          if (!inQuotes) {
            inQuotes = true;
            quoteChar = char;
          } else if (char === quoteChar) {
            inQuotes = false;
            quoteChar = "";
          } else {
            current += char;
          }
        } else {
          current += char;
        }
      }
      if (current) {
        parts.push(current);
      }
      return parts;
    }
    function setValue(obj, parts, value) {
      let current = obj;
      for (let i = 0; i < parts.length - 1; i++) {
        const key = parts[i];
        if (typeof current !== "object" || current === null || !(key in current)) {
          return false;
        }
        if (typeof current[key] !== "object" || current[key] === null) {
          return false;
        }
        current = current[key];
      }
      const lastKey = parts[parts.length - 1];
      if (lastKey === "*") {
        if (Array.isArray(current)) {
          for (let i = 0; i < current.length; i++) {
            current[i] = value;
          }
        } else if (typeof current === "object" && current !== null) {
          for (const key in current) {
            if (Object.prototype.hasOwnProperty.call(current, key)) {
              current[key] = value;
            }
          }
        }
      } else {
        if (typeof current === "object" && current !== null && lastKey in current && Object.prototype.hasOwnProperty.call(current, lastKey)) {
          current[lastKey] = value;
        }
      }
      return true;
    }
    function removeKey(obj, parts) {
      let current = obj;
      for (let i = 0; i < parts.length - 1; i++) {
        const key = parts[i];
        if (typeof current !== "object" || current === null || !(key in current)) {
          return false;
        }
        if (typeof current[key] !== "object" || current[key] === null) {
          return false;
        }
        current = current[key];
      }
      const lastKey = parts[parts.length - 1];
      if (lastKey === "*") {
        if (Array.isArray(current)) {
          for (let i = 0; i < current.length; i++) {
            current[i] = void 0;
          }
        } else if (typeof current === "object" && current !== null) {
          for (const key in current) {
            if (Object.prototype.hasOwnProperty.call(current, key)) {
              delete current[key];
            }
          }
        }
      } else {
        if (typeof current === "object" && current !== null && lastKey in current && Object.prototype.hasOwnProperty.call(current, lastKey)) {
          delete current[lastKey];
        }
      }
      return true;
    }
    var PATH_NOT_FOUND = /* @__PURE__ */ Symbol("PATH_NOT_FOUND");
    function getValueIfExists(obj, parts) {
      let current = obj;
      for (const part of parts) {
        if (current === null || current === void 0) {
          return PATH_NOT_FOUND;
        }
        if (typeof current !== "object" || current === null) {
          return PATH_NOT_FOUND;
        }
        if (!(part in current)) {
          return PATH_NOT_FOUND;
        }
        current = current[part];
      }
      return current;
    }
    function getValue(obj, parts) {
      let current = obj;
      for (const part of parts) {
        if (current === null || current === void 0) {
          return void 0;
        }
        if (typeof current !== "object" || current === null) {
          return void 0;
        }
        current = current[part];
      }
      return current;
    }
    function redactPaths(obj, paths, censor, remove = false) {
      for (const path2 of paths) {
        const parts = parsePath(path2);
        if (parts.includes("*")) {
          redactWildcardPath(obj, parts, censor, path2, remove);
        } else {
          if (remove) {
            removeKey(obj, parts);
          } else {
            const value = getValueIfExists(obj, parts);
            if (value === PATH_NOT_FOUND) {
              continue;
            }
            const actualCensor = typeof censor === "function" ? censor(value, parts) : censor;
            setValue(obj, parts, actualCensor);
          }
        }
      }
    }
    function redactWildcardPath(obj, parts, censor, originalPath, remove = false) {
      const wildcardIndex = parts.indexOf("*");
      if (wildcardIndex === parts.length - 1) {
        const parentParts = parts.slice(0, -1);
        let current = obj;
        for (const part of parentParts) {
          if (current === null || current === void 0) return;
          if (typeof current !== "object" || current === null) return;
          current = current[part];
        }
        if (Array.isArray(current)) {
          if (remove) {
            for (let i = 0; i < current.length; i++) {
              current[i] = void 0;
            }
          } else {
            for (let i = 0; i < current.length; i++) {
              const indexPath = [...parentParts, i.toString()];
              const actualCensor = typeof censor === "function" ? censor(current[i], indexPath) : censor;
              current[i] = actualCensor;
            }
          }
        } else if (typeof current === "object" && current !== null) {
          if (remove) {
            const keysToDelete = [];
            for (const key in current) {
              if (Object.prototype.hasOwnProperty.call(current, key)) {
                keysToDelete.push(key);
              }
            }
            for (const key of keysToDelete) {
              delete current[key];
            }
          } else {
            for (const key in current) {
              const keyPath = [...parentParts, key];
              const actualCensor = typeof censor === "function" ? censor(current[key], keyPath) : censor;
              current[key] = actualCensor;
            }
          }
        }
      } else {
        redactIntermediateWildcard(obj, parts, censor, wildcardIndex, originalPath, remove);
      }
    }
    function redactIntermediateWildcard(obj, parts, censor, wildcardIndex, originalPath, remove = false) {
      const beforeWildcard = parts.slice(0, wildcardIndex);
      const afterWildcard = parts.slice(wildcardIndex + 1);
      const pathArray = [];
      function traverse(current, pathLength) {
        if (pathLength === beforeWildcard.length) {
          if (Array.isArray(current)) {
            for (let i = 0; i < current.length; i++) {
              pathArray[pathLength] = i.toString();
              traverse(current[i], pathLength + 1);
            }
          } else if (typeof current === "object" && current !== null) {
            for (const key in current) {
              pathArray[pathLength] = key;
              traverse(current[key], pathLength + 1);
            }
          }
        } else if (pathLength < beforeWildcard.length) {
          const nextKey = beforeWildcard[pathLength];
          if (current && typeof current === "object" && current !== null && nextKey in current) {
            pathArray[pathLength] = nextKey;
            traverse(current[nextKey], pathLength + 1);
          }
        } else {
          if (afterWildcard.includes("*")) {
            const wrappedCensor = typeof censor === "function" ? (value, path2) => {
              const fullPath = [...pathArray.slice(0, pathLength), ...path2];
              return censor(value, fullPath);
            } : censor;
            redactWildcardPath(current, afterWildcard, wrappedCensor, originalPath, remove);
          } else {
            if (remove) {
              removeKey(current, afterWildcard);
            } else {
              const actualCensor = typeof censor === "function" ? censor(getValue(current, afterWildcard), [...pathArray.slice(0, pathLength), ...afterWildcard]) : censor;
              setValue(current, afterWildcard, actualCensor);
            }
          }
        }
      }
      if (beforeWildcard.length === 0) {
        traverse(obj, 0);
      } else {
        let current = obj;
        for (let i = 0; i < beforeWildcard.length; i++) {
          const part = beforeWildcard[i];
          if (current === null || current === void 0) return;
          if (typeof current !== "object" || current === null) return;
          current = current[part];
          pathArray[i] = part;
        }
        if (current !== null && current !== void 0) {
          traverse(current, beforeWildcard.length);
        }
      }
    }
    function buildPathStructure(pathsToClone) {
      if (pathsToClone.length === 0) {
        return null;
      }
      const pathStructure = /* @__PURE__ */ new Map();
      for (const path2 of pathsToClone) {
        const parts = parsePath(path2);
        let current = pathStructure;
        for (let i = 0; i < parts.length; i++) {
          const part = parts[i];
          if (!current.has(part)) {
            current.set(part, /* @__PURE__ */ new Map());
          }
          current = current.get(part);
        }
      }
      return pathStructure;
    }
    function selectiveClone(obj, pathStructure) {
      if (!pathStructure) {
        return obj;
      }
      function cloneSelectively(source, pathMap, depth = 0) {
        if (!pathMap || pathMap.size === 0) {
          return source;
        }
        if (source === null || typeof source !== "object") {
          return source;
        }
        if (source instanceof Date) {
          return new Date(source.getTime());
        }
        if (Array.isArray(source)) {
          const cloned2 = [];
          for (let i = 0; i < source.length; i++) {
            const indexStr = i.toString();
            if (pathMap.has(indexStr) || pathMap.has("*")) {
              cloned2[i] = cloneSelectively(source[i], pathMap.get(indexStr) || pathMap.get("*"));
            } else {
              cloned2[i] = source[i];
            }
          }
          return cloned2;
        }
        const cloned = Object.create(Object.getPrototypeOf(source));
        for (const key in source) {
          if (Object.prototype.hasOwnProperty.call(source, key)) {
            if (pathMap.has(key) || pathMap.has("*")) {
              cloned[key] = cloneSelectively(source[key], pathMap.get(key) || pathMap.get("*"));
            } else {
              cloned[key] = source[key];
            }
          }
        }
        return cloned;
      }
      return cloneSelectively(obj, pathStructure);
    }
    function validatePath(path2) {
      if (typeof path2 !== "string") {
        throw new Error("Paths must be (non-empty) strings");
      }
      if (path2 === "") {
        throw new Error("Invalid redaction path ()");
      }
      if (path2.includes("..")) {
        throw new Error(`Invalid redaction path (${path2})`);
      }
      if (path2.includes(",")) {
        throw new Error(`Invalid redaction path (${path2})`);
      }
      let bracketCount = 0;
      let inQuotes = false;
      let quoteChar = "";
      for (let i = 0; i < path2.length; i++) {
        const char = path2[i];
        if ((char === '"' || char === "'") && bracketCount > 0) {
          if (!inQuotes) {
            inQuotes = true;
            quoteChar = char;
          } else if (char === quoteChar) {
            inQuotes = false;
            quoteChar = "";
          }
        } else if (char === "[" && !inQuotes) {
          bracketCount++;
        } else if (char === "]" && !inQuotes) {
          bracketCount--;
          if (bracketCount < 0) {
            throw new Error(`Invalid redaction path (${path2})`);
          }
        }
      }
      if (bracketCount !== 0) {
        throw new Error(`Invalid redaction path (${path2})`);
      }
    }
    function validatePaths(paths) {
      if (!Array.isArray(paths)) {
        throw new TypeError("paths must be an array");
      }
      for (const path2 of paths) {
        validatePath(path2);
      }
    }
    function slowRedact(options = {}) {
      const {
        paths = [],
        censor = "[REDACTED]",
        serialize = JSON.stringify,
        strict = true,
        remove = false
      } = options;
      validatePaths(paths);
      const pathStructure = buildPathStructure(paths);
      return function redact(obj) {
        if (strict && (obj === null || typeof obj !== "object")) {
          if (obj === null || obj === void 0) {
            return serialize ? serialize(obj) : obj;
          }
          if (typeof obj !== "object") {
            return serialize ? serialize(obj) : obj;
          }
        }
        const cloned = selectiveClone(obj, pathStructure);
        const original = obj;
        let actualCensor = censor;
        if (typeof censor === "function") {
          actualCensor = censor;
        }
        redactPaths(cloned, paths, actualCensor, remove);
        if (serialize === false) {
          cloned.restore = function() {
            return deepClone(original);
          };
          return cloned;
        }
        if (typeof serialize === "function") {
          return serialize(cloned);
        }
        return JSON.stringify(cloned);
      };
    }
    module.exports = slowRedact;
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/symbols.js
var require_symbols = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/symbols.js"(exports, module) {
    "use strict";
    var setLevelSym = /* @__PURE__ */ Symbol("pino.setLevel");
    var getLevelSym = /* @__PURE__ */ Symbol("pino.getLevel");
    var levelValSym = /* @__PURE__ */ Symbol("pino.levelVal");
    var levelCompSym = /* @__PURE__ */ Symbol("pino.levelComp");
    var useLevelLabelsSym = /* @__PURE__ */ Symbol("pino.useLevelLabels");
    var useOnlyCustomLevelsSym = /* @__PURE__ */ Symbol("pino.useOnlyCustomLevels");
    var mixinSym = /* @__PURE__ */ Symbol("pino.mixin");
    var lsCacheSym = /* @__PURE__ */ Symbol("pino.lsCache");
    var chindingsSym = /* @__PURE__ */ Symbol("pino.chindings");
    var asJsonSym = /* @__PURE__ */ Symbol("pino.asJson");
    var writeSym = /* @__PURE__ */ Symbol("pino.write");
    var redactFmtSym = /* @__PURE__ */ Symbol("pino.redactFmt");
    var timeSym = /* @__PURE__ */ Symbol("pino.time");
    var timeSliceIndexSym = /* @__PURE__ */ Symbol("pino.timeSliceIndex");
    var streamSym = /* @__PURE__ */ Symbol("pino.stream");
    var stringifySym = /* @__PURE__ */ Symbol("pino.stringify");
    var stringifySafeSym = /* @__PURE__ */ Symbol("pino.stringifySafe");
    var stringifiersSym = /* @__PURE__ */ Symbol("pino.stringifiers");
    var endSym = /* @__PURE__ */ Symbol("pino.end");
    var formatOptsSym = /* @__PURE__ */ Symbol("pino.formatOpts");
    var messageKeySym = /* @__PURE__ */ Symbol("pino.messageKey");
    var errorKeySym = /* @__PURE__ */ Symbol("pino.errorKey");
    var nestedKeySym = /* @__PURE__ */ Symbol("pino.nestedKey");
    var nestedKeyStrSym = /* @__PURE__ */ Symbol("pino.nestedKeyStr");
    var mixinMergeStrategySym = /* @__PURE__ */ Symbol("pino.mixinMergeStrategy");
    var msgPrefixSym = /* @__PURE__ */ Symbol("pino.msgPrefix");
    var wildcardFirstSym = /* @__PURE__ */ Symbol("pino.wildcardFirst");
    var serializersSym = /* @__PURE__ */ Symbol.for("pino.serializers");
    var formattersSym = /* @__PURE__ */ Symbol.for("pino.formatters");
    var hooksSym = /* @__PURE__ */ Symbol.for("pino.hooks");
    var needsMetadataGsym = /* @__PURE__ */ Symbol.for("pino.metadata");
    var transportUsesMultistreamSym = /* @__PURE__ */ Symbol.for("pino.transport.usesMultistream");
    module.exports = {
      setLevelSym,
      getLevelSym,
      levelValSym,
      levelCompSym,
      useLevelLabelsSym,
      mixinSym,
      lsCacheSym,
      chindingsSym,
      asJsonSym,
      writeSym,
      serializersSym,
      redactFmtSym,
      timeSym,
      timeSliceIndexSym,
      streamSym,
      stringifySym,
      stringifySafeSym,
      stringifiersSym,
      endSym,
      formatOptsSym,
      messageKeySym,
      errorKeySym,
      nestedKeySym,
      wildcardFirstSym,
      needsMetadataGsym,
      useOnlyCustomLevelsSym,
      formattersSym,
      hooksSym,
      nestedKeyStrSym,
      mixinMergeStrategySym,
      msgPrefixSym,
      transportUsesMultistreamSym
    };
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/redaction.js
var require_redaction = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/redaction.js"(exports, module) {
    "use strict";
    var Redact = require_redact();
    var { redactFmtSym, wildcardFirstSym } = require_symbols();
    var rx = /[^.[\]]+|\[([^[\]]*?)\]/g;
    var CENSOR = "[Redacted]";
    var strict = false;
    function redaction(opts, serialize) {
      const { paths, censor, remove } = handle2(opts);
      const shape = paths.reduce((o, str4) => {
        rx.lastIndex = 0;
        const first = rx.exec(str4);
        const next = rx.exec(str4);
        let ns = first[1] !== void 0 ? first[1].replace(/^(?:"|'|`)(.*)(?:"|'|`)$/, "$1") : first[0];
        if (ns === "*") {
          ns = wildcardFirstSym;
        }
        if (next === null) {
          o[ns] = null;
          return o;
        }
        if (o[ns] === null) {
          return o;
        }
        const { index } = next;
        const nextPath = `${str4.substr(index, str4.length - 1)}`;
        o[ns] = o[ns] || [];
        if (ns !== wildcardFirstSym && o[ns].length === 0) {
          o[ns].push(...o[wildcardFirstSym] || []);
        }
        if (ns === wildcardFirstSym) {
          Object.keys(o).forEach(function(k) {
            if (o[k]) {
              o[k].push(nextPath);
            }
          });
        }
        o[ns].push(nextPath);
        return o;
      }, /* @__PURE__ */ Object.create(null));
      const result = Object.assign(/* @__PURE__ */ Object.create(null), {
        [redactFmtSym]: Redact({ paths, censor, serialize, strict, remove })
      });
      const topCensor = (...args) => {
        return typeof censor === "function" ? serialize(censor(...args)) : serialize(censor);
      };
      return [...Object.keys(shape), ...Object.getOwnPropertySymbols(shape)].reduce((o, k) => {
        if (shape[k] === null) {
          o[k] = (value) => topCensor(value, [k]);
        } else {
          const wrappedCensor = typeof censor === "function" ? (value, path2) => {
            return censor(value, [k, ...path2]);
          } : censor;
          o[k] = Redact({
            paths: shape[k],
            censor: wrappedCensor,
            serialize,
            strict,
            remove
          });
        }
        return o;
      }, result);
    }
    function handle2(opts) {
      if (Array.isArray(opts)) {
        opts = { paths: opts, censor: CENSOR };
        return opts;
      }
      let { paths, censor = CENSOR, remove } = opts;
      if (Array.isArray(paths) === false) {
        throw Error("pino \u2013 redact must contain an array of strings");
      }
      if (remove === true) censor = void 0;
      return { paths, censor, remove };
    }
    module.exports = redaction;
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/time.js
var require_time = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/time.js"(exports, module) {
    "use strict";
    var nullTime = () => "";
    var epochTime = () => `,"time":${Date.now()}`;
    var unixTime = () => `,"time":${Math.round(Date.now() / 1e3)}`;
    var isoTime2 = () => `,"time":"${new Date(Date.now()).toISOString()}"`;
    var NS_PER_MS = 1000000n;
    var NS_PER_SEC = 1000000000n;
    var startWallTimeNs = BigInt(Date.now()) * NS_PER_MS;
    var startHrTime = process.hrtime.bigint();
    var isoTimeNano = () => {
      const elapsedNs = process.hrtime.bigint() - startHrTime;
      const currentTimeNs = startWallTimeNs + elapsedNs;
      const secondsSinceEpoch = currentTimeNs / NS_PER_SEC;
      const nanosWithinSecond = currentTimeNs % NS_PER_SEC;
      const msSinceEpoch = Number(secondsSinceEpoch * 1000n + nanosWithinSecond / 1000000n);
      const date = new Date(msSinceEpoch);
      const year = date.getUTCFullYear();
      const month = (date.getUTCMonth() + 1).toString().padStart(2, "0");
      const day = date.getUTCDate().toString().padStart(2, "0");
      const hours = date.getUTCHours().toString().padStart(2, "0");
      const minutes = date.getUTCMinutes().toString().padStart(2, "0");
      const seconds = date.getUTCSeconds().toString().padStart(2, "0");
      return `,"time":"${year}-${month}-${day}T${hours}:${minutes}:${seconds}.${nanosWithinSecond.toString().padStart(9, "0")}Z"`;
    };
    module.exports = { nullTime, epochTime, unixTime, isoTime: isoTime2, isoTimeNano };
  }
});

// node_modules/.pnpm/quick-format-unescaped@4.0.4/node_modules/quick-format-unescaped/index.js
var require_quick_format_unescaped = __commonJS({
  "node_modules/.pnpm/quick-format-unescaped@4.0.4/node_modules/quick-format-unescaped/index.js"(exports, module) {
    "use strict";
    function tryStringify(o) {
      try {
        return JSON.stringify(o);
      } catch (e) {
        return '"[Circular]"';
      }
    }
    module.exports = format;
    function format(f, args, opts) {
      var ss = opts && opts.stringify || tryStringify;
      var offset = 1;
      if (typeof f === "object" && f !== null) {
        var len = args.length + offset;
        if (len === 1) return f;
        var objects = new Array(len);
        objects[0] = ss(f);
        for (var index = 1; index < len; index++) {
          objects[index] = ss(args[index]);
        }
        return objects.join(" ");
      }
      if (typeof f !== "string") {
        return f;
      }
      var argLen = args.length;
      if (argLen === 0) return f;
      var str4 = "";
      var a = 1 - offset;
      var lastPos = -1;
      var flen = f && f.length || 0;
      for (var i = 0; i < flen; ) {
        if (f.charCodeAt(i) === 37 && i + 1 < flen) {
          lastPos = lastPos > -1 ? lastPos : 0;
          switch (f.charCodeAt(i + 1)) {
            case 100:
            // 'd'
            case 102:
              if (a >= argLen)
                break;
              if (args[a] == null) break;
              if (lastPos < i)
                str4 += f.slice(lastPos, i);
              str4 += Number(args[a]);
              lastPos = i + 2;
              i++;
              break;
            case 105:
              if (a >= argLen)
                break;
              if (args[a] == null) break;
              if (lastPos < i)
                str4 += f.slice(lastPos, i);
              str4 += Math.floor(Number(args[a]));
              lastPos = i + 2;
              i++;
              break;
            case 79:
            // 'O'
            case 111:
            // 'o'
            case 106:
              if (a >= argLen)
                break;
              if (args[a] === void 0) break;
              if (lastPos < i)
                str4 += f.slice(lastPos, i);
              var type = typeof args[a];
              if (type === "string") {
                str4 += "'" + args[a] + "'";
                lastPos = i + 2;
                i++;
                break;
              }
              if (type === "function") {
                str4 += args[a].name || "<anonymous>";
                lastPos = i + 2;
                i++;
                break;
              }
              str4 += ss(args[a]);
              lastPos = i + 2;
              i++;
              break;
            case 115:
              if (a >= argLen)
                break;
              if (lastPos < i)
                str4 += f.slice(lastPos, i);
              str4 += String(args[a]);
              lastPos = i + 2;
              i++;
              break;
            case 37:
              if (lastPos < i)
                str4 += f.slice(lastPos, i);
              str4 += "%";
              lastPos = i + 2;
              i++;
              a--;
              break;
          }
          ++a;
        }
        ++i;
      }
      if (lastPos === -1)
        return f;
      else if (lastPos < flen) {
        str4 += f.slice(lastPos);
      }
      return str4;
    }
  }
});

// node_modules/.pnpm/atomic-sleep@1.0.0/node_modules/atomic-sleep/index.js
var require_atomic_sleep = __commonJS({
  "node_modules/.pnpm/atomic-sleep@1.0.0/node_modules/atomic-sleep/index.js"(exports, module) {
    "use strict";
    if (typeof SharedArrayBuffer !== "undefined" && typeof Atomics !== "undefined") {
      let sleep2 = function(ms) {
        const valid = ms > 0 && ms < Infinity;
        if (valid === false) {
          if (typeof ms !== "number" && typeof ms !== "bigint") {
            throw TypeError("sleep: ms must be a number");
          }
          throw RangeError("sleep: ms must be a number that is greater than 0 but less than Infinity");
        }
        Atomics.wait(nil, 0, 0, Number(ms));
      };
      const nil = new Int32Array(new SharedArrayBuffer(4));
      module.exports = sleep2;
    } else {
      let sleep2 = function(ms) {
        const valid = ms > 0 && ms < Infinity;
        if (valid === false) {
          if (typeof ms !== "number" && typeof ms !== "bigint") {
            throw TypeError("sleep: ms must be a number");
          }
          throw RangeError("sleep: ms must be a number that is greater than 0 but less than Infinity");
        }
        const target = Date.now() + Number(ms);
        while (target > Date.now()) {
        }
      };
      module.exports = sleep2;
    }
  }
});

// node_modules/.pnpm/sonic-boom@4.2.1/node_modules/sonic-boom/index.js
var require_sonic_boom = __commonJS({
  "node_modules/.pnpm/sonic-boom@4.2.1/node_modules/sonic-boom/index.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var EventEmitter = __require("events");
    var inherits = __require("util").inherits;
    var path2 = __require("path");
    var sleep2 = require_atomic_sleep();
    var assert = __require("assert");
    var BUSY_WRITE_TIMEOUT = 100;
    var kEmptyBuffer = Buffer.allocUnsafe(0);
    var MAX_WRITE = 16 * 1024;
    var kContentModeBuffer = "buffer";
    var kContentModeUtf8 = "utf8";
    var [major, minor] = (process.versions.node || "0.0").split(".").map(Number);
    var kCopyBuffer = major >= 22 && minor >= 7;
    function openFile(file, sonic) {
      sonic._opening = true;
      sonic._writing = true;
      sonic._asyncDrainScheduled = false;
      function fileOpened(err, fd) {
        if (err) {
          sonic._reopening = false;
          sonic._writing = false;
          sonic._opening = false;
          if (sonic.sync) {
            process.nextTick(() => {
              if (sonic.listenerCount("error") > 0) {
                sonic.emit("error", err);
              }
            });
          } else {
            sonic.emit("error", err);
          }
          return;
        }
        const reopening = sonic._reopening;
        sonic.fd = fd;
        sonic.file = file;
        sonic._reopening = false;
        sonic._opening = false;
        sonic._writing = false;
        if (sonic.sync) {
          process.nextTick(() => sonic.emit("ready"));
        } else {
          sonic.emit("ready");
        }
        if (sonic.destroyed) {
          return;
        }
        if (!sonic._writing && sonic._len > sonic.minLength || sonic._flushPending) {
          sonic._actualWrite();
        } else if (reopening) {
          process.nextTick(() => sonic.emit("drain"));
        }
      }
      const flags = sonic.append ? "a" : "w";
      const mode = sonic.mode;
      if (sonic.sync) {
        try {
          if (sonic.mkdir) fs.mkdirSync(path2.dirname(file), { recursive: true });
          const fd = fs.openSync(file, flags, mode);
          fileOpened(null, fd);
        } catch (err) {
          fileOpened(err);
          throw err;
        }
      } else if (sonic.mkdir) {
        fs.mkdir(path2.dirname(file), { recursive: true }, (err) => {
          if (err) return fileOpened(err);
          fs.open(file, flags, mode, fileOpened);
        });
      } else {
        fs.open(file, flags, mode, fileOpened);
      }
    }
    function SonicBoom(opts) {
      if (!(this instanceof SonicBoom)) {
        return new SonicBoom(opts);
      }
      let { fd, dest, minLength, maxLength, maxWrite, periodicFlush, sync, append = true, mkdir: mkdir9, retryEAGAIN, fsync, contentMode, mode } = opts || {};
      fd = fd || dest;
      this._len = 0;
      this.fd = -1;
      this._bufs = [];
      this._lens = [];
      this._writing = false;
      this._ending = false;
      this._reopening = false;
      this._asyncDrainScheduled = false;
      this._flushPending = false;
      this._hwm = Math.max(minLength || 0, 16387);
      this.file = null;
      this.destroyed = false;
      this.minLength = minLength || 0;
      this.maxLength = maxLength || 0;
      this.maxWrite = maxWrite || MAX_WRITE;
      this._periodicFlush = periodicFlush || 0;
      this._periodicFlushTimer = void 0;
      this.sync = sync || false;
      this.writable = true;
      this._fsync = fsync || false;
      this.append = append || false;
      this.mode = mode;
      this.retryEAGAIN = retryEAGAIN || (() => true);
      this.mkdir = mkdir9 || false;
      let fsWriteSync;
      let fsWrite;
      if (contentMode === kContentModeBuffer) {
        this._writingBuf = kEmptyBuffer;
        this.write = writeBuffer;
        this.flush = flushBuffer;
        this.flushSync = flushBufferSync;
        this._actualWrite = actualWriteBuffer;
        fsWriteSync = () => fs.writeSync(this.fd, this._writingBuf);
        fsWrite = () => fs.write(this.fd, this._writingBuf, this.release);
      } else if (contentMode === void 0 || contentMode === kContentModeUtf8) {
        this._writingBuf = "";
        this.write = write;
        this.flush = flush;
        this.flushSync = flushSync;
        this._actualWrite = actualWrite;
        fsWriteSync = () => {
          if (Buffer.isBuffer(this._writingBuf)) {
            return fs.writeSync(this.fd, this._writingBuf);
          }
          return fs.writeSync(this.fd, this._writingBuf, "utf8");
        };
        fsWrite = () => {
          if (Buffer.isBuffer(this._writingBuf)) {
            return fs.write(this.fd, this._writingBuf, this.release);
          }
          return fs.write(this.fd, this._writingBuf, "utf8", this.release);
        };
      } else {
        throw new Error(`SonicBoom supports "${kContentModeUtf8}" and "${kContentModeBuffer}", but passed ${contentMode}`);
      }
      if (typeof fd === "number") {
        this.fd = fd;
        process.nextTick(() => this.emit("ready"));
      } else if (typeof fd === "string") {
        openFile(fd, this);
      } else {
        throw new Error("SonicBoom supports only file descriptors and files");
      }
      if (this.minLength >= this.maxWrite) {
        throw new Error(`minLength should be smaller than maxWrite (${this.maxWrite})`);
      }
      this.release = (err, n) => {
        if (err) {
          if ((err.code === "EAGAIN" || err.code === "EBUSY") && this.retryEAGAIN(err, this._writingBuf.length, this._len - this._writingBuf.length)) {
            if (this.sync) {
              try {
                sleep2(BUSY_WRITE_TIMEOUT);
                this.release(void 0, 0);
              } catch (err2) {
                this.release(err2);
              }
            } else {
              setTimeout(fsWrite, BUSY_WRITE_TIMEOUT);
            }
          } else {
            this._writing = false;
            this.emit("error", err);
          }
          return;
        }
        this.emit("write", n);
        const releasedBufObj = releaseWritingBuf(this._writingBuf, this._len, n);
        this._len = releasedBufObj.len;
        this._writingBuf = releasedBufObj.writingBuf;
        if (this._writingBuf.length) {
          if (!this.sync) {
            fsWrite();
            return;
          }
          try {
            do {
              const n2 = fsWriteSync();
              const releasedBufObj2 = releaseWritingBuf(this._writingBuf, this._len, n2);
              this._len = releasedBufObj2.len;
              this._writingBuf = releasedBufObj2.writingBuf;
            } while (this._writingBuf.length);
          } catch (err2) {
            this.release(err2);
            return;
          }
        }
        if (this._fsync) {
          fs.fsyncSync(this.fd);
        }
        const len = this._len;
        if (this._reopening) {
          this._writing = false;
          this._reopening = false;
          this.reopen();
        } else if (len > this.minLength) {
          this._actualWrite();
        } else if (this._ending) {
          if (len > 0) {
            this._actualWrite();
          } else {
            this._writing = false;
            actualClose(this);
          }
        } else {
          this._writing = false;
          if (this.sync) {
            if (!this._asyncDrainScheduled) {
              this._asyncDrainScheduled = true;
              process.nextTick(emitDrain, this);
            }
          } else {
            this.emit("drain");
          }
        }
      };
      this.on("newListener", function(name) {
        if (name === "drain") {
          this._asyncDrainScheduled = false;
        }
      });
      if (this._periodicFlush !== 0) {
        this._periodicFlushTimer = setInterval(() => this.flush(null), this._periodicFlush);
        this._periodicFlushTimer.unref();
      }
    }
    function releaseWritingBuf(writingBuf, len, n) {
      if (typeof writingBuf === "string") {
        writingBuf = Buffer.from(writingBuf);
      }
      len = Math.max(len - n, 0);
      writingBuf = writingBuf.subarray(n);
      return { writingBuf, len };
    }
    function emitDrain(sonic) {
      const hasListeners = sonic.listenerCount("drain") > 0;
      if (!hasListeners) return;
      sonic._asyncDrainScheduled = false;
      sonic.emit("drain");
    }
    inherits(SonicBoom, EventEmitter);
    function mergeBuf(bufs, len) {
      if (bufs.length === 0) {
        return kEmptyBuffer;
      }
      if (bufs.length === 1) {
        return bufs[0];
      }
      return Buffer.concat(bufs, len);
    }
    function write(data) {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      data = "" + data;
      const dataLen = Buffer.byteLength(data);
      const len = this._len + dataLen;
      const bufs = this._bufs;
      if (this.maxLength && len > this.maxLength) {
        this.emit("drop", data);
        return this._len < this._hwm;
      }
      if (bufs.length === 0 || Buffer.byteLength(bufs[bufs.length - 1]) + dataLen > this.maxWrite) {
        bufs.push(data);
      } else {
        bufs[bufs.length - 1] += data;
      }
      this._len = len;
      if (!this._writing && this._len >= this.minLength) {
        this._actualWrite();
      }
      return this._len < this._hwm;
    }
    function writeBuffer(data) {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      const len = this._len + data.length;
      const bufs = this._bufs;
      const lens = this._lens;
      if (this.maxLength && len > this.maxLength) {
        this.emit("drop", data);
        return this._len < this._hwm;
      }
      if (bufs.length === 0 || lens[lens.length - 1] + data.length > this.maxWrite) {
        bufs.push([data]);
        lens.push(data.length);
      } else {
        bufs[bufs.length - 1].push(data);
        lens[lens.length - 1] += data.length;
      }
      this._len = len;
      if (!this._writing && this._len >= this.minLength) {
        this._actualWrite();
      }
      return this._len < this._hwm;
    }
    function callFlushCallbackOnDrain(cb) {
      this._flushPending = true;
      const onDrain = () => {
        if (!this._fsync) {
          try {
            fs.fsync(this.fd, (err) => {
              this._flushPending = false;
              cb(err);
            });
          } catch (err) {
            cb(err);
          }
        } else {
          this._flushPending = false;
          cb();
        }
        this.off("error", onError);
      };
      const onError = (err) => {
        this._flushPending = false;
        cb(err);
        this.off("drain", onDrain);
      };
      this.once("drain", onDrain);
      this.once("error", onError);
    }
    function flush(cb) {
      if (cb != null && typeof cb !== "function") {
        throw new Error("flush cb must be a function");
      }
      if (this.destroyed) {
        const error = new Error("SonicBoom destroyed");
        if (cb) {
          cb(error);
          return;
        }
        throw error;
      }
      if (this.minLength <= 0) {
        cb?.();
        return;
      }
      if (cb) {
        callFlushCallbackOnDrain.call(this, cb);
      }
      if (this._writing) {
        return;
      }
      if (this._bufs.length === 0) {
        this._bufs.push("");
      }
      this._actualWrite();
    }
    function flushBuffer(cb) {
      if (cb != null && typeof cb !== "function") {
        throw new Error("flush cb must be a function");
      }
      if (this.destroyed) {
        const error = new Error("SonicBoom destroyed");
        if (cb) {
          cb(error);
          return;
        }
        throw error;
      }
      if (this.minLength <= 0) {
        cb?.();
        return;
      }
      if (cb) {
        callFlushCallbackOnDrain.call(this, cb);
      }
      if (this._writing) {
        return;
      }
      if (this._bufs.length === 0) {
        this._bufs.push([]);
        this._lens.push(0);
      }
      this._actualWrite();
    }
    SonicBoom.prototype.reopen = function(file) {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this._opening) {
        this.once("ready", () => {
          this.reopen(file);
        });
        return;
      }
      if (this._ending) {
        return;
      }
      if (!this.file) {
        throw new Error("Unable to reopen a file descriptor, you must pass a file to SonicBoom");
      }
      if (file) {
        this.file = file;
      }
      this._reopening = true;
      if (this._writing) {
        return;
      }
      const fd = this.fd;
      this.once("ready", () => {
        if (fd !== this.fd) {
          fs.close(fd, (err) => {
            if (err) {
              return this.emit("error", err);
            }
          });
        }
      });
      openFile(this.file, this);
    };
    SonicBoom.prototype.end = function() {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this._opening) {
        this.once("ready", () => {
          this.end();
        });
        return;
      }
      if (this._ending) {
        return;
      }
      this._ending = true;
      if (this._writing) {
        return;
      }
      if (this._len > 0 && this.fd >= 0) {
        this._actualWrite();
      } else {
        actualClose(this);
      }
    };
    function flushSync() {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this.fd < 0) {
        throw new Error("sonic boom is not ready yet");
      }
      if (!this._writing && this._writingBuf.length > 0) {
        this._bufs.unshift(this._writingBuf);
        this._writingBuf = "";
      }
      let buf = "";
      while (this._bufs.length || buf.length) {
        if (buf.length <= 0) {
          buf = this._bufs[0];
        }
        try {
          const n = Buffer.isBuffer(buf) ? fs.writeSync(this.fd, buf) : fs.writeSync(this.fd, buf, "utf8");
          const releasedBufObj = releaseWritingBuf(buf, this._len, n);
          buf = releasedBufObj.writingBuf;
          this._len = releasedBufObj.len;
          if (buf.length <= 0) {
            this._bufs.shift();
          }
        } catch (err) {
          const shouldRetry = err.code === "EAGAIN" || err.code === "EBUSY";
          if (shouldRetry && !this.retryEAGAIN(err, buf.length, this._len - buf.length)) {
            throw err;
          }
          sleep2(BUSY_WRITE_TIMEOUT);
        }
      }
      try {
        fs.fsyncSync(this.fd);
      } catch {
      }
    }
    function flushBufferSync() {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this.fd < 0) {
        throw new Error("sonic boom is not ready yet");
      }
      if (!this._writing && this._writingBuf.length > 0) {
        this._bufs.unshift([this._writingBuf]);
        this._writingBuf = kEmptyBuffer;
      }
      let buf = kEmptyBuffer;
      while (this._bufs.length || buf.length) {
        if (buf.length <= 0) {
          buf = mergeBuf(this._bufs[0], this._lens[0]);
        }
        try {
          const n = fs.writeSync(this.fd, buf);
          buf = buf.subarray(n);
          this._len = Math.max(this._len - n, 0);
          if (buf.length <= 0) {
            this._bufs.shift();
            this._lens.shift();
          }
        } catch (err) {
          const shouldRetry = err.code === "EAGAIN" || err.code === "EBUSY";
          if (shouldRetry && !this.retryEAGAIN(err, buf.length, this._len - buf.length)) {
            throw err;
          }
          sleep2(BUSY_WRITE_TIMEOUT);
        }
      }
    }
    SonicBoom.prototype.destroy = function() {
      if (this.destroyed) {
        return;
      }
      actualClose(this);
    };
    function actualWrite() {
      const release = this.release;
      this._writing = true;
      this._writingBuf = this._writingBuf.length ? this._writingBuf : this._bufs.shift() || "";
      if (this.sync) {
        try {
          const written = Buffer.isBuffer(this._writingBuf) ? fs.writeSync(this.fd, this._writingBuf) : fs.writeSync(this.fd, this._writingBuf, "utf8");
          release(null, written);
        } catch (err) {
          release(err);
        }
      } else {
        fs.write(this.fd, this._writingBuf, release);
      }
    }
    function actualWriteBuffer() {
      const release = this.release;
      this._writing = true;
      this._writingBuf = this._writingBuf.length ? this._writingBuf : mergeBuf(this._bufs.shift(), this._lens.shift());
      if (this.sync) {
        try {
          const written = fs.writeSync(this.fd, this._writingBuf);
          release(null, written);
        } catch (err) {
          release(err);
        }
      } else {
        if (kCopyBuffer) {
          this._writingBuf = Buffer.from(this._writingBuf);
        }
        fs.write(this.fd, this._writingBuf, release);
      }
    }
    function actualClose(sonic) {
      if (sonic.fd === -1) {
        sonic.once("ready", actualClose.bind(null, sonic));
        return;
      }
      if (sonic._periodicFlushTimer !== void 0) {
        clearInterval(sonic._periodicFlushTimer);
      }
      sonic.destroyed = true;
      sonic._bufs = [];
      sonic._lens = [];
      assert(typeof sonic.fd === "number", `sonic.fd must be a number, got ${typeof sonic.fd}`);
      try {
        fs.fsync(sonic.fd, closeWrapped);
      } catch {
      }
      function closeWrapped() {
        if (sonic.fd !== 1 && sonic.fd !== 2) {
          fs.close(sonic.fd, done);
        } else {
          done();
        }
      }
      function done(err) {
        if (err) {
          sonic.emit("error", err);
          return;
        }
        if (sonic._ending && !sonic._writing) {
          sonic.emit("finish");
        }
        sonic.emit("close");
      }
    }
    SonicBoom.SonicBoom = SonicBoom;
    SonicBoom.default = SonicBoom;
    module.exports = SonicBoom;
  }
});

// node_modules/.pnpm/on-exit-leak-free@2.1.2/node_modules/on-exit-leak-free/index.js
var require_on_exit_leak_free = __commonJS({
  "node_modules/.pnpm/on-exit-leak-free@2.1.2/node_modules/on-exit-leak-free/index.js"(exports, module) {
    "use strict";
    var refs = {
      exit: [],
      beforeExit: []
    };
    var functions = {
      exit: onExit,
      beforeExit: onBeforeExit
    };
    var registry;
    function ensureRegistry() {
      if (registry === void 0) {
        registry = new FinalizationRegistry(clear);
      }
    }
    function install(event) {
      if (refs[event].length > 0) {
        return;
      }
      process.on(event, functions[event]);
    }
    function uninstall(event) {
      if (refs[event].length > 0) {
        return;
      }
      process.removeListener(event, functions[event]);
      if (refs.exit.length === 0 && refs.beforeExit.length === 0) {
        registry = void 0;
      }
    }
    function onExit() {
      callRefs("exit");
    }
    function onBeforeExit() {
      callRefs("beforeExit");
    }
    function callRefs(event) {
      for (const ref of refs[event]) {
        const obj = ref.deref();
        const fn = ref.fn;
        if (obj !== void 0) {
          fn(obj, event);
        }
      }
      refs[event] = [];
    }
    function clear(ref) {
      for (const event of ["exit", "beforeExit"]) {
        const index = refs[event].indexOf(ref);
        refs[event].splice(index, index + 1);
        uninstall(event);
      }
    }
    function _register(event, obj, fn) {
      if (obj === void 0) {
        throw new Error("the object can't be undefined");
      }
      install(event);
      const ref = new WeakRef(obj);
      ref.fn = fn;
      ensureRegistry();
      registry.register(obj, ref);
      refs[event].push(ref);
    }
    function register(obj, fn) {
      _register("exit", obj, fn);
    }
    function registerBeforeExit(obj, fn) {
      _register("beforeExit", obj, fn);
    }
    function unregister(obj) {
      if (registry === void 0) {
        return;
      }
      registry.unregister(obj);
      for (const event of ["exit", "beforeExit"]) {
        refs[event] = refs[event].filter((ref) => {
          const _obj = ref.deref();
          return _obj && _obj !== obj;
        });
        uninstall(event);
      }
    }
    module.exports = {
      register,
      registerBeforeExit,
      unregister
    };
  }
});

// node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/package.json
var require_package = __commonJS({
  "node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/package.json"(exports, module) {
    module.exports = {
      name: "thread-stream",
      version: "4.2.1",
      description: "A streaming way to send data to a Node.js Worker Thread",
      main: "index.js",
      types: "index.d.ts",
      engines: {
        node: ">=20"
      },
      dependencies: {
        "real-require": "^1.0.0"
      },
      devDependencies: {
        "@types/node": "^26.1.1",
        "@yao-pkg/pkg": "^6.0.0",
        borp: "^1.0.0",
        desm: "^1.3.0",
        eslint: "^9.39.1",
        fastbench: "^1.0.1",
        neostandard: "^0.13.0",
        "pino-elasticsearch": "^9.0.0",
        "sonic-boom": "^5.0.0",
        "ts-node": "^10.8.0",
        tsd: "^0.33.0",
        typescript: "~5.7.3"
      },
      scripts: {
        build: "tsc --noEmit",
        lint: "eslint",
        test: 'npm run lint && npm run build && npm run test:types && npm run transpile && borp --expose-gc --pattern "test/*.test.{js,mjs}"',
        "test:ci": 'npm run lint && npm run test:types && npm run transpile && borp --expose-gc --pattern "test/*.test.{js,mjs}"',
        "test:types": "tsd",
        "test:yarn": 'npm run transpile && borp --expose-gc --pattern "test/*.test.js"',
        transpile: "sh ./test/ts/transpile.sh"
      },
      tsd: {
        directory: "test/types"
      },
      repository: {
        type: "git",
        url: "git+https://github.com/mcollina/thread-stream.git"
      },
      keywords: [
        "worker",
        "thread",
        "threads",
        "stream"
      ],
      author: "Matteo Collina <hello@matteocollina.com>",
      license: "MIT",
      bugs: {
        url: "https://github.com/mcollina/thread-stream/issues"
      },
      homepage: "https://github.com/mcollina/thread-stream#readme"
    };
  }
});

// node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/lib/wait.js
var require_wait = __commonJS({
  "node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/lib/wait.js"(exports, module) {
    "use strict";
    var WAIT_MS = 1e4;
    function wait(state, index, expected, timeout, done) {
      const max = timeout === Infinity ? Infinity : Date.now() + timeout;
      const check = (previous) => {
        const current = Atomics.load(state, index);
        if (current >= expected) {
          done(null, "ok");
          return;
        }
        if (previous !== void 0 && current !== previous) {
          done(null, "not-equal");
          return;
        }
        if (max !== Infinity && Date.now() > max) {
          done(null, "timed-out");
          return;
        }
        const remaining = max === Infinity ? WAIT_MS : Math.min(WAIT_MS, Math.max(1, max - Date.now()));
        const result = Atomics.waitAsync(state, index, current, remaining);
        if (result.async) {
          result.value.then((res) => {
            if (res === "ok") {
              const latest = Atomics.load(state, index);
              done(null, latest >= expected ? "ok" : "not-equal");
              return;
            }
            check(current);
          });
        } else {
          setImmediate(done, null, "not-equal");
        }
      };
      check();
    }
    function waitDiff(state, index, expected, timeout, done) {
      const max = timeout === Infinity ? Infinity : Date.now() + timeout;
      const check = () => {
        const current = Atomics.load(state, index);
        if (current !== expected) {
          done(null, "ok");
          return;
        }
        if (max !== Infinity && Date.now() > max) {
          done(null, "timed-out");
          return;
        }
        const remaining = max === Infinity ? WAIT_MS : Math.min(WAIT_MS, Math.max(1, max - Date.now()));
        const result = Atomics.waitAsync(state, index, expected, remaining);
        if (result.async) {
          result.value.then((res) => {
            if (res === "ok") {
              done(null, "ok");
              return;
            }
            check();
          });
        } else {
          setImmediate(check);
        }
      };
      check();
    }
    module.exports = { wait, waitDiff };
  }
});

// node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/lib/indexes.js
var require_indexes = __commonJS({
  "node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/lib/indexes.js"(exports, module) {
    "use strict";
    var SEQ_INDEX = 2;
    var WRITE_INDEX = 4;
    var READ_INDEX = 8;
    module.exports = {
      WRITE_INDEX,
      READ_INDEX,
      SEQ_INDEX
    };
  }
});

// node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/index.js
var require_thread_stream = __commonJS({
  "node_modules/.pnpm/thread-stream@4.2.1/node_modules/thread-stream/index.js"(exports, module) {
    "use strict";
    var { version } = require_package();
    var { EventEmitter } = __require("events");
    var { Worker } = __require("worker_threads");
    var { join: join30 } = __require("path");
    var { pathToFileURL: pathToFileURL2 } = __require("url");
    var { wait } = require_wait();
    var {
      WRITE_INDEX,
      READ_INDEX,
      SEQ_INDEX
    } = require_indexes();
    var buffer = __require("buffer");
    var assert = __require("assert");
    var kImpl = /* @__PURE__ */ Symbol("kImpl");
    var MAX_STRING = buffer.constants.MAX_STRING_LENGTH;
    function noop() {
    }
    function updateState(stream, fn) {
      Atomics.add(stream[kImpl].state, SEQ_INDEX, 1);
      fn();
      Atomics.add(stream[kImpl].state, SEQ_INDEX, 1);
      Atomics.notify(stream[kImpl].state, SEQ_INDEX);
    }
    function resetIndexes(stream) {
      updateState(stream, () => {
        Atomics.store(stream[kImpl].state, READ_INDEX, 0);
        Atomics.store(stream[kImpl].state, WRITE_INDEX, 0);
      });
      Atomics.notify(stream[kImpl].state, READ_INDEX);
    }
    var FakeWeakRef = class {
      constructor(value) {
        this._value = value;
      }
      deref() {
        return this._value;
      }
    };
    var FakeFinalizationRegistry = class {
      register() {
      }
      unregister() {
      }
    };
    var FinalizationRegistry2 = process.env.NODE_V8_COVERAGE ? FakeFinalizationRegistry : global.FinalizationRegistry || FakeFinalizationRegistry;
    var WeakRef2 = process.env.NODE_V8_COVERAGE ? FakeWeakRef : global.WeakRef || FakeWeakRef;
    var registry = new FinalizationRegistry2((worker) => {
      if (worker.exited) {
        return;
      }
      worker.terminate();
    });
    function createWorker(stream, opts) {
      const { filename, workerData } = opts;
      const bundlerOverrides = "__bundlerPathsOverrides" in globalThis ? globalThis.__bundlerPathsOverrides : {};
      const toExecute = bundlerOverrides["thread-stream-worker"] || join30(__dirname, "lib", "worker.js");
      const worker = new Worker(toExecute, {
        ...opts.workerOpts,
        name: opts.workerOpts?.name || "thread-stream",
        trackUnmanagedFds: false,
        workerData: {
          filename: filename.indexOf("file://") === 0 ? filename : pathToFileURL2(filename).href,
          dataBuf: stream[kImpl].dataBuf,
          stateBuf: stream[kImpl].stateBuf,
          workerData: {
            $context: {
              threadStreamVersion: version
            },
            ...workerData
          }
        }
      });
      worker.stream = new FakeWeakRef(stream);
      worker.on("message", onWorkerMessage);
      worker.on("exit", onWorkerExit);
      registry.register(stream, worker);
      return worker;
    }
    function drain(stream) {
      assert(!stream[kImpl].sync);
      if (stream[kImpl].needDrain) {
        stream[kImpl].needDrain = false;
        stream.emit("drain");
      }
    }
    function nextFlush(stream) {
      while (true) {
        const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
        if (stream.destroyed || writeIndex < 0) {
          return;
        }
        const leftover = stream[kImpl].data.length - writeIndex;
        if (leftover > 0) {
          if (stream[kImpl].bufLen === 0) {
            stream[kImpl].flushing = false;
            if (stream[kImpl].ending) {
              end(stream);
            } else if (stream[kImpl].needDrain) {
              process.nextTick(drain, stream);
            }
            return;
          }
          write(stream, leftover, noop);
          continue;
        }
        if (leftover === 0) {
          if (writeIndex === 0 && stream[kImpl].bufLen === 0) {
            return;
          }
          waitForRead(stream, () => {
            if (stream.destroyed) {
              return;
            }
            resetIndexes(stream);
            nextFlush(stream);
          });
          return;
        }
        destroy(stream, new Error("overwritten"));
        return;
      }
    }
    function onWorkerMessage(msg) {
      const stream = this.stream.deref();
      if (stream === void 0) {
        this.exited = true;
        this.terminate();
        return;
      }
      if (msg?.code == null) {
        return;
      }
      switch (msg.code) {
        case "READY":
          if (!stream[kImpl].ending) {
            this.stream = new WeakRef2(stream);
          }
          waitForRead(stream, () => {
            stream[kImpl].ready = true;
            stream.emit("ready");
          });
          break;
        case "ERROR":
          destroy(stream, msg.err);
          break;
        case "EVENT":
          if (Array.isArray(msg.args)) {
            stream.emit(msg.name, ...msg.args);
          } else {
            stream.emit(msg.name, msg.args);
          }
          break;
        case "FLUSHED": {
          if (msg.context !== "thread-stream") {
            destroy(stream, new Error("this should not happen: " + msg.code));
            break;
          }
          const cb = stream[kImpl].flushCallbacks.get(msg.id);
          if (cb) {
            stream[kImpl].flushCallbacks.delete(msg.id);
            process.nextTick(cb);
          }
          break;
        }
        case "WARNING":
          process.emitWarning(msg.err);
          break;
        default:
          destroy(stream, new Error("this should not happen: " + msg.code));
      }
    }
    function onWorkerExit(code) {
      const stream = this.stream.deref();
      if (stream === void 0) {
        return;
      }
      registry.unregister(stream);
      stream.worker.exited = true;
      stream.worker.off("exit", onWorkerExit);
      destroy(stream, code !== 0 ? new Error("the worker thread exited") : null);
    }
    var ThreadStream = class extends EventEmitter {
      constructor(opts = {}) {
        super();
        if (opts.bufferSize < 4) {
          throw new Error("bufferSize must at least fit a 4-byte utf-8 char");
        }
        this[kImpl] = {};
        this[kImpl].stateBuf = new SharedArrayBuffer(128);
        this[kImpl].state = new Int32Array(this[kImpl].stateBuf);
        this[kImpl].dataBuf = new SharedArrayBuffer(opts.bufferSize || 4 * 1024 * 1024);
        this[kImpl].data = Buffer.from(this[kImpl].dataBuf);
        this[kImpl].sync = opts.sync || false;
        this[kImpl].ending = false;
        this[kImpl].ended = false;
        this[kImpl].needDrain = false;
        this[kImpl].destroyed = false;
        this[kImpl].flushing = false;
        this[kImpl].ready = false;
        this[kImpl].finished = false;
        this[kImpl].errored = null;
        this[kImpl].closed = false;
        this[kImpl].buf = [];
        this[kImpl].bufHead = 0;
        this[kImpl].bufLen = 0;
        this[kImpl].flushCallbacks = /* @__PURE__ */ new Map();
        this[kImpl].nextFlushId = 0;
        this[kImpl].flushRetainCount = 0;
        this[kImpl].userRef = true;
        this.worker = createWorker(this, opts);
        this.on("message", (message, transferList) => {
          this.worker.postMessage(message, transferList);
        });
      }
      write(data) {
        const dataBuf = Buffer.isBuffer(data) ? data : Buffer.from(data);
        if (this[kImpl].destroyed) {
          error(this, new Error("the worker has exited"));
          return false;
        }
        if (this[kImpl].ending) {
          error(this, new Error("the worker is ending"));
          return false;
        }
        if (this[kImpl].flushing && this[kImpl].bufLen + dataBuf.length >= MAX_STRING) {
          try {
            writeSync2(this);
            this[kImpl].flushing = true;
          } catch (err) {
            destroy(this, err);
            return false;
          }
        }
        this[kImpl].buf.push(dataBuf);
        this[kImpl].bufLen += dataBuf.length;
        if (this[kImpl].sync) {
          try {
            writeSync2(this);
            return true;
          } catch (err) {
            destroy(this, err);
            return false;
          }
        }
        if (!this[kImpl].flushing) {
          this[kImpl].flushing = true;
          setImmediate(nextFlush, this);
        }
        this[kImpl].needDrain = this[kImpl].data.length - this[kImpl].bufLen - Atomics.load(this[kImpl].state, WRITE_INDEX) <= 0;
        return !this[kImpl].needDrain;
      }
      end() {
        if (this[kImpl].destroyed) {
          return;
        }
        this[kImpl].ending = true;
        this.worker.stream = new FakeWeakRef(this);
        end(this);
      }
      flush(cb) {
        const userCb = typeof cb === "function" ? cb : null;
        cb = userCb || noop;
        if (userCb) {
          retainWorkerForPendingFlush(this);
        }
        let finished = false;
        const done = (err) => {
          if (finished) {
            return;
          }
          finished = true;
          if (userCb) {
            releaseWorkerForPendingFlush(this);
          }
          cb(err);
        };
        flushBuffer(this, (err) => {
          if (err) {
            process.nextTick(done, err);
            return;
          }
          requestWorkerFlush(this, done);
        });
      }
      flushSync() {
        if (this[kImpl].destroyed) {
          return;
        }
        writeSync2(this);
        flushSync(this);
      }
      unref() {
        this[kImpl].userRef = false;
        if (this[kImpl].flushRetainCount === 0) {
          this.worker.unref();
        }
      }
      ref() {
        this[kImpl].userRef = true;
        this.worker.ref();
      }
      get ready() {
        return this[kImpl].ready;
      }
      get destroyed() {
        return this[kImpl].destroyed;
      }
      get closed() {
        return this[kImpl].closed;
      }
      get writable() {
        return !this[kImpl].destroyed && !this[kImpl].ending;
      }
      get writableEnded() {
        return this[kImpl].ending;
      }
      get writableFinished() {
        return this[kImpl].finished;
      }
      get writableNeedDrain() {
        return this[kImpl].needDrain;
      }
      get writableObjectMode() {
        return false;
      }
      get writableErrored() {
        return this[kImpl].errored;
      }
    };
    function flushBuffer(stream, cb) {
      if (stream[kImpl].destroyed) {
        process.nextTick(cb, new Error("the worker has exited"));
        return;
      }
      if (!stream[kImpl].sync && (stream[kImpl].flushing || stream[kImpl].bufLen > 0)) {
        setImmediate(flushBuffer, stream, cb);
        return;
      }
      waitForRead(stream, cb);
    }
    function waitForRead(stream, cb) {
      const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
      wait(stream[kImpl].state, READ_INDEX, writeIndex, Infinity, (err, res) => {
        if (err) {
          destroy(stream, err);
          cb(err);
          return;
        }
        if (res !== "ok") {
          waitForRead(stream, cb);
          return;
        }
        cb();
      });
    }
    function retainWorkerForPendingFlush(stream) {
      if (stream[kImpl].flushRetainCount === 0) {
        stream.worker.ref();
      }
      stream[kImpl].flushRetainCount++;
    }
    function releaseWorkerForPendingFlush(stream) {
      if (stream[kImpl].flushRetainCount === 0) {
        return;
      }
      stream[kImpl].flushRetainCount--;
      if (stream[kImpl].flushRetainCount === 0 && !stream[kImpl].userRef) {
        stream.worker.unref();
      }
    }
    function requestWorkerFlush(stream, cb) {
      if (stream[kImpl].destroyed) {
        process.nextTick(cb, new Error("the worker has exited"));
        return;
      }
      if (!stream[kImpl].ready) {
        const onReady = () => {
          cleanup();
          requestWorkerFlush(stream, cb);
        };
        const onClose = () => {
          cleanup();
          process.nextTick(cb, new Error("the worker has exited"));
        };
        const cleanup = () => {
          stream.off("ready", onReady);
          stream.off("close", onClose);
        };
        stream.once("ready", onReady);
        stream.once("close", onClose);
        return;
      }
      const id = ++stream[kImpl].nextFlushId;
      stream[kImpl].flushCallbacks.set(id, cb);
      try {
        stream.worker.postMessage({
          code: "FLUSH",
          context: "thread-stream",
          id
        });
      } catch (err) {
        stream[kImpl].flushCallbacks.delete(id);
        destroy(stream, err);
        process.nextTick(cb, err);
      }
    }
    function failPendingFlushCallbacks(stream, err) {
      const callbacks = stream[kImpl].flushCallbacks;
      if (callbacks.size === 0) {
        return;
      }
      const flushErr = err || new Error("the worker has exited");
      for (const cb of callbacks.values()) {
        process.nextTick(cb, flushErr);
      }
      callbacks.clear();
    }
    function error(stream, err) {
      setImmediate(() => {
        stream.emit("error", err);
      });
    }
    function destroy(stream, err) {
      if (stream[kImpl].destroyed) {
        return;
      }
      stream[kImpl].destroyed = true;
      failPendingFlushCallbacks(stream, err);
      if (err) {
        stream[kImpl].errored = err;
        error(stream, err);
      }
      if (!stream.worker.exited) {
        stream.worker.terminate().catch(() => {
        }).then(() => {
          stream[kImpl].closed = true;
          stream.emit("close");
        });
      } else {
        setImmediate(() => {
          stream[kImpl].closed = true;
          stream.emit("close");
        });
      }
    }
    function write(stream, maxBytes, cb) {
      const current = Atomics.load(stream[kImpl].state, WRITE_INDEX);
      let offset = current;
      let remaining = maxBytes;
      while (remaining > 0 && stream[kImpl].bufLen !== 0) {
        const head2 = stream[kImpl].bufHead;
        const buf = stream[kImpl].buf[head2];
        if (buf.length <= remaining) {
          buf.copy(stream[kImpl].data, offset);
          offset += buf.length;
          remaining -= buf.length;
          stream[kImpl].bufLen -= buf.length;
          stream[kImpl].bufHead = head2 + 1;
          if (stream[kImpl].bufHead === stream[kImpl].buf.length) {
            stream[kImpl].buf.length = 0;
            stream[kImpl].bufHead = 0;
          } else if (stream[kImpl].bufHead >= 1024 && stream[kImpl].bufHead * 2 >= stream[kImpl].buf.length) {
            stream[kImpl].buf.splice(0, stream[kImpl].bufHead);
            stream[kImpl].bufHead = 0;
          }
          continue;
        }
        buf.copy(stream[kImpl].data, offset, 0, remaining);
        stream[kImpl].buf[head2] = buf.subarray(remaining);
        stream[kImpl].bufLen -= remaining;
        offset += remaining;
        remaining = 0;
      }
      updateState(stream, () => {
        Atomics.store(stream[kImpl].state, WRITE_INDEX, offset);
      });
      cb();
      return true;
    }
    function end(stream) {
      if (stream[kImpl].ended || !stream[kImpl].ending || stream[kImpl].flushing) {
        return;
      }
      stream[kImpl].ended = true;
      try {
        stream.flushSync();
        let readIndex = Atomics.load(stream[kImpl].state, READ_INDEX);
        updateState(stream, () => {
          Atomics.store(stream[kImpl].state, WRITE_INDEX, -1);
        });
        let spins = 0;
        while (readIndex !== -1) {
          Atomics.wait(stream[kImpl].state, READ_INDEX, readIndex, 1e3);
          readIndex = Atomics.load(stream[kImpl].state, READ_INDEX);
          if (readIndex === -2) {
            destroy(stream, new Error("end() failed"));
            return;
          }
          if (++spins === 10) {
            destroy(stream, new Error("end() took too long (10s)"));
            return;
          }
        }
        process.nextTick(() => {
          stream[kImpl].finished = true;
          stream.emit("finish");
        });
      } catch (err) {
        destroy(stream, err);
      }
    }
    function writeSync2(stream) {
      const cb = () => {
        if (stream[kImpl].ending) {
          end(stream);
        } else if (stream[kImpl].needDrain) {
          process.nextTick(drain, stream);
        }
      };
      stream[kImpl].flushing = false;
      while (stream[kImpl].bufLen !== 0) {
        const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
        if (writeIndex < 0) {
          throw new Error("_writeSync failed");
        }
        const leftover = stream[kImpl].data.length - writeIndex;
        if (leftover === 0) {
          flushSync(stream);
          resetIndexes(stream);
          continue;
        } else if (leftover < 0) {
          throw new Error("overwritten");
        }
        write(stream, leftover, cb);
      }
    }
    function flushSync(stream) {
      if (stream[kImpl].flushing) {
        throw new Error("unable to flush while flushing");
      }
      const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
      let spins = 0;
      while (true) {
        const readIndex = Atomics.load(stream[kImpl].state, READ_INDEX);
        if (readIndex === -2) {
          throw Error("_flushSync failed");
        }
        if (readIndex !== writeIndex) {
          Atomics.wait(stream[kImpl].state, READ_INDEX, readIndex, 1e3);
        } else {
          break;
        }
        if (++spins === 10) {
          throw new Error("_flushSync took too long (10s)");
        }
      }
    }
    module.exports = ThreadStream;
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/transport.js
var require_transport = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/transport.js"(exports, module) {
    "use strict";
    var { createRequire } = __require("module");
    var { existsSync: existsSync2 } = __require("node:fs");
    var getCallers = require_caller();
    var { join: join30, isAbsolute: isAbsolute4, sep: sep3 } = __require("node:path");
    var { fileURLToPath } = __require("node:url");
    var sleep2 = require_atomic_sleep();
    var onExit = require_on_exit_leak_free();
    var ThreadStream = require_thread_stream();
    var { transportUsesMultistreamSym } = require_symbols();
    function setupOnExit(stream) {
      onExit.register(stream, autoEnd);
      onExit.registerBeforeExit(stream, flush);
      stream.on("close", function() {
        onExit.unregister(stream);
      });
    }
    function hasPreloadFlags() {
      const execArgv = process.execArgv;
      for (let i = 0; i < execArgv.length; i++) {
        const arg = execArgv[i];
        if (arg === "--import" || arg === "--require" || arg === "-r") {
          return true;
        }
        if (arg.startsWith("--import=") || arg.startsWith("--require=") || arg.startsWith("-r=")) {
          return true;
        }
      }
      return false;
    }
    function sanitizeNodeOptions(nodeOptions) {
      const tokens = nodeOptions.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g);
      if (!tokens) {
        return nodeOptions;
      }
      const sanitized = [];
      let changed = false;
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token === "--require" || token === "-r" || token === "--import") {
          const next = tokens[i + 1];
          if (next && shouldDropPreload(next)) {
            changed = true;
            i++;
            continue;
          }
          sanitized.push(token);
          if (next) {
            sanitized.push(next);
            i++;
          }
          continue;
        }
        if (token.startsWith("--require=") || token.startsWith("-r=") || token.startsWith("--import=")) {
          const value = token.slice(token.indexOf("=") + 1);
          if (shouldDropPreload(value)) {
            changed = true;
            continue;
          }
        }
        sanitized.push(token);
      }
      return changed ? sanitized.join(" ") : nodeOptions;
    }
    function shouldDropPreload(value) {
      const unquoted = stripQuotes(value);
      if (!unquoted) {
        return false;
      }
      let path2 = unquoted;
      if (path2.startsWith("file://")) {
        try {
          path2 = fileURLToPath(path2);
        } catch {
          return false;
        }
      }
      return isAbsolute4(path2) && !existsSync2(path2);
    }
    function stripQuotes(value) {
      const first = value[0];
      const last = value[value.length - 1];
      if (first === '"' && last === '"' || first === "'" && last === "'") {
        return value.slice(1, -1);
      }
      return value;
    }
    function buildStream(filename, workerData, workerOpts, sync, name) {
      if (!workerOpts.execArgv && hasPreloadFlags() && __require.main === void 0) {
        workerOpts = {
          ...workerOpts,
          execArgv: []
        };
      }
      if (!workerOpts.env && process.env.NODE_OPTIONS) {
        const nodeOptions = sanitizeNodeOptions(process.env.NODE_OPTIONS);
        if (nodeOptions !== process.env.NODE_OPTIONS) {
          workerOpts = {
            ...workerOpts,
            env: {
              ...process.env,
              NODE_OPTIONS: nodeOptions
            }
          };
        }
      }
      workerOpts = { ...workerOpts, name };
      const stream = new ThreadStream({
        filename,
        workerData,
        workerOpts,
        sync
      });
      stream.on("ready", onReady);
      stream.on("close", function() {
        process.removeListener("exit", onExit2);
      });
      process.on("exit", onExit2);
      function onReady() {
        process.removeListener("exit", onExit2);
        stream.unref();
        if (workerOpts.autoEnd !== false) {
          setupOnExit(stream);
        }
      }
      function onExit2() {
        if (stream.closed) {
          return;
        }
        stream.flushSync();
        sleep2(100);
        stream.end();
      }
      return stream;
    }
    function autoEnd(stream) {
      stream.ref();
      stream.flushSync();
      stream.end();
      stream.once("close", function() {
        stream.unref();
      });
    }
    function flush(stream) {
      stream.flushSync();
    }
    function transport(fullOptions) {
      const { pipeline, targets, levels, dedupe, worker = {}, caller = getCallers(), sync = false } = fullOptions;
      const options = {
        ...fullOptions.options
      };
      let usesMultistream = false;
      const callers = typeof caller === "string" ? [caller] : caller;
      const bundlerOverrides = typeof globalThis === "object" && Object.prototype.hasOwnProperty.call(globalThis, "__bundlerPathsOverrides") && globalThis.__bundlerPathsOverrides && typeof globalThis.__bundlerPathsOverrides === "object" ? globalThis.__bundlerPathsOverrides : /* @__PURE__ */ Object.create(null);
      let target = fullOptions.target;
      if (target && targets) {
        throw new Error("only one of target or targets can be specified");
      }
      if (targets) {
        target = bundlerOverrides["pino-worker"] || join30(__dirname, "worker.js");
        options.targets = targets.filter((dest) => dest.target).map((dest) => {
          return {
            ...dest,
            target: fixTarget(dest.target)
          };
        });
        options.pipelines = targets.filter((dest) => dest.pipeline).map((dest) => {
          return dest.pipeline.map((t) => {
            return {
              ...t,
              level: dest.level,
              // duplicate the pipeline `level` property defined in the upper level
              target: fixTarget(t.target)
            };
          });
        });
        const targetsHaveLevel = options.targets.some((t) => t.level != null);
        const pipelinesHaveLevel = options.pipelines.some((p) => p.some((t) => t.level != null));
        usesMultistream = options.targets.length + options.pipelines.length > 1 || targetsHaveLevel || pipelinesHaveLevel;
      } else if (pipeline) {
        target = bundlerOverrides["pino-worker"] || join30(__dirname, "worker.js");
        options.pipelines = [pipeline.map((dest) => {
          return {
            ...dest,
            target: fixTarget(dest.target)
          };
        })];
      }
      if (levels) {
        options.levels = levels;
      }
      if (dedupe) {
        options.dedupe = dedupe;
      }
      options.pinoWillSendConfig = true;
      const name = targets || pipeline ? "pino.transport" : target;
      const stream = buildStream(fixTarget(target), options, worker, sync, name);
      if (usesMultistream) {
        stream[transportUsesMultistreamSym] = true;
      }
      return stream;
      function fixTarget(origin) {
        origin = bundlerOverrides[origin] || origin;
        if (isAbsolute4(origin) || origin.indexOf("file://") === 0) {
          return origin;
        }
        if (origin === "pino/file") {
          return join30(__dirname, "..", "file.js");
        }
        let fixTarget2;
        for (const filePath of callers) {
          try {
            const context = filePath === "node:repl" ? process.cwd() + sep3 : filePath;
            fixTarget2 = createRequire(context).resolve(origin);
            break;
          } catch (err) {
            continue;
          }
        }
        if (!fixTarget2) {
          throw new Error(`unable to determine transport target for "${origin}"`);
        }
        return fixTarget2;
      }
    }
    module.exports = transport;
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/tools.js
var require_tools = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/tools.js"(exports, module) {
    "use strict";
    var diagChan = __require("node:diagnostics_channel");
    var format = require_quick_format_unescaped();
    var { mapHttpRequest, mapHttpResponse } = require_pino_std_serializers();
    var SonicBoom = require_sonic_boom();
    var onExit = require_on_exit_leak_free();
    var {
      lsCacheSym,
      chindingsSym,
      writeSym,
      serializersSym,
      formatOptsSym,
      endSym,
      stringifiersSym,
      stringifySym,
      stringifySafeSym,
      wildcardFirstSym,
      nestedKeySym,
      formattersSym,
      messageKeySym,
      errorKeySym,
      nestedKeyStrSym,
      msgPrefixSym
    } = require_symbols();
    var { isMainThread } = __require("worker_threads");
    var transport = require_transport();
    var [nodeMajor] = process.versions.node.split(".").map((v) => Number(v));
    var asJsonChan = diagChan.tracingChannel("pino_asJson");
    var asString = nodeMajor >= 25 ? (str4) => JSON.stringify(str4) : _asString;
    function noop() {
    }
    function genLog(level2, hook) {
      if (!hook) return LOG;
      return function hookWrappedLog(...args) {
        hook.call(this, args, LOG, level2);
      };
      function LOG(o, ...n) {
        if (typeof o === "object") {
          let msg = o;
          if (o !== null) {
            if (o.method && o.headers && o.socket) {
              o = mapHttpRequest(o);
            } else if (typeof o.setHeader === "function") {
              o = mapHttpResponse(o);
            }
          }
          let formatParams;
          if (msg === null && n.length === 0) {
            formatParams = [null];
          } else {
            msg = n.shift();
            formatParams = n;
          }
          if (typeof this[msgPrefixSym] === "string" && msg !== void 0 && msg !== null) {
            msg = this[msgPrefixSym] + msg;
          }
          this[writeSym](o, format(msg, formatParams, this[formatOptsSym]), level2);
        } else {
          let msg = o === void 0 ? n.shift() : o;
          if (typeof this[msgPrefixSym] === "string" && msg !== void 0 && msg !== null) {
            msg = this[msgPrefixSym] + msg;
          }
          this[writeSym](null, format(msg, n, this[formatOptsSym]), level2);
        }
      }
    }
    function _asString(str4) {
      let result = "";
      let last = 0;
      let found = false;
      let point = 255;
      const l = str4.length;
      if (l > 100) {
        return JSON.stringify(str4);
      }
      for (var i = 0; i < l && point >= 32; i++) {
        point = str4.charCodeAt(i);
        if (point === 34 || point === 92) {
          result += str4.slice(last, i) + "\\";
          last = i;
          found = true;
        }
      }
      if (!found) {
        result = str4;
      } else {
        result += str4.slice(last);
      }
      return point < 32 ? JSON.stringify(str4) : '"' + result + '"';
    }
    function asJson(obj, msg, num4, time) {
      if (asJsonChan.hasSubscribers === false) {
        return _asJson.call(this, obj, msg, num4, time);
      }
      const store = { instance: this, arguments };
      return asJsonChan.traceSync(_asJson, store, this, obj, msg, num4, time);
    }
    function _asJson(obj, msg, num4, time) {
      const stringify4 = this[stringifySym];
      const stringifySafe = this[stringifySafeSym];
      const stringifiers = this[stringifiersSym];
      const end = this[endSym];
      const chindings = this[chindingsSym];
      const serializers = this[serializersSym];
      const formatters = this[formattersSym];
      const messageKey = this[messageKeySym];
      const errorKey = this[errorKeySym];
      let data = this[lsCacheSym][num4] + time;
      data = data + chindings;
      let value;
      if (formatters.log) {
        obj = formatters.log(obj);
      }
      const wildcardStringifier = stringifiers[wildcardFirstSym];
      let propStr = "";
      for (const key in obj) {
        value = obj[key];
        if (Object.prototype.hasOwnProperty.call(obj, key) && value !== void 0) {
          if (serializers[key]) {
            value = serializers[key](value);
          } else if (key === errorKey && serializers.err) {
            value = serializers.err(value);
          }
          const stringifier = stringifiers[key] || wildcardStringifier;
          switch (typeof value) {
            case "undefined":
            case "function":
              continue;
            case "number":
              if (Number.isFinite(value) === false) {
                value = null;
              }
            // this case explicitly falls through to the next one
            case "boolean":
              if (stringifier) value = stringifier(value);
              break;
            case "string":
              value = (stringifier || asString)(value);
              break;
            default:
              value = (stringifier || stringify4)(value, stringifySafe);
          }
          if (value === void 0) continue;
          const strKey = asString(key);
          propStr += "," + strKey + ":" + value;
        }
      }
      let msgStr = "";
      if (msg !== void 0) {
        value = serializers[messageKey] ? serializers[messageKey](msg) : msg;
        const stringifier = stringifiers[messageKey] || wildcardStringifier;
        switch (typeof value) {
          case "function":
            break;
          case "number":
            if (Number.isFinite(value) === false) {
              value = null;
            }
          // this case explicitly falls through to the next one
          case "boolean":
            if (stringifier) value = stringifier(value);
            msgStr = ',"' + messageKey + '":' + value;
            break;
          case "string":
            value = (stringifier || asString)(value);
            msgStr = ',"' + messageKey + '":' + value;
            break;
          default:
            value = (stringifier || stringify4)(value, stringifySafe);
            msgStr = ',"' + messageKey + '":' + value;
        }
      }
      if (this[nestedKeySym] && propStr) {
        return data + this[nestedKeyStrSym] + propStr.slice(1) + "}" + msgStr + end;
      } else {
        return data + propStr + msgStr + end;
      }
    }
    function asChindings(instance, bindings) {
      let value;
      let data = instance[chindingsSym];
      const stringify4 = instance[stringifySym];
      const stringifySafe = instance[stringifySafeSym];
      const stringifiers = instance[stringifiersSym];
      const wildcardStringifier = stringifiers[wildcardFirstSym];
      const serializers = instance[serializersSym];
      const formatter = instance[formattersSym].bindings;
      bindings = formatter(bindings);
      for (const key in bindings) {
        value = bindings[key];
        const valid = (key.length < 5 || key !== "level" && key !== "serializers" && key !== "formatters" && key !== "customLevels") && bindings.hasOwnProperty(key) && value !== void 0;
        if (valid === true) {
          value = serializers[key] ? serializers[key](value) : value;
          value = (stringifiers[key] || wildcardStringifier || stringify4)(value, stringifySafe);
          if (value === void 0) continue;
          data += "," + asString(key) + ":" + value;
        }
      }
      return data;
    }
    function hasBeenTampered(stream) {
      return stream.write !== stream.constructor.prototype.write;
    }
    function buildSafeSonicBoom(opts) {
      const stream = new SonicBoom(opts);
      stream.on("error", filterBrokenPipe);
      if (!opts.sync && isMainThread) {
        onExit.register(stream, autoEnd);
        stream.on("close", function() {
          onExit.unregister(stream);
        });
      }
      return stream;
      function filterBrokenPipe(err) {
        if (err.code === "EPIPE") {
          stream.write = noop;
          stream.end = noop;
          stream.flushSync = noop;
          stream.destroy = noop;
          return;
        }
        stream.removeListener("error", filterBrokenPipe);
        stream.emit("error", err);
      }
    }
    function autoEnd(stream, eventName) {
      if (stream.destroyed) {
        return;
      }
      if (eventName === "beforeExit") {
        stream.flush();
        stream.on("drain", function() {
          stream.end();
        });
      } else {
        stream.flushSync();
      }
    }
    function createArgsNormalizer(defaultOptions) {
      return function normalizeArgs(instance, caller, opts = {}, stream) {
        if (typeof opts === "string") {
          stream = buildSafeSonicBoom({ dest: opts });
          opts = {};
        } else if (typeof stream === "string") {
          if (opts && opts.transport) {
            throw Error("only one of option.transport or stream can be specified");
          }
          stream = buildSafeSonicBoom({ dest: stream });
        } else if (opts instanceof SonicBoom || opts.writable || opts._writableState) {
          stream = opts;
          opts = {};
        } else if (opts.transport) {
          if (opts.transport instanceof SonicBoom || opts.transport.writable || opts.transport._writableState) {
            throw Error("option.transport do not allow stream, please pass to option directly. e.g. pino(transport)");
          }
          if (opts.transport.targets && opts.transport.targets.length && opts.formatters && typeof opts.formatters.level === "function") {
            throw Error("option.transport.targets do not allow custom level formatters");
          }
          let customLevels;
          if (opts.customLevels) {
            customLevels = opts.useOnlyCustomLevels ? opts.customLevels : Object.assign({}, opts.levels, opts.customLevels);
          }
          stream = transport({ caller, ...opts.transport, levels: customLevels });
        }
        opts = Object.assign({}, defaultOptions, opts);
        opts.serializers = Object.assign(/* @__PURE__ */ Object.create(null), defaultOptions.serializers, opts.serializers);
        opts.formatters = Object.assign({}, defaultOptions.formatters, opts.formatters);
        if (opts.prettyPrint) {
          throw new Error("prettyPrint option is no longer supported, see the pino-pretty package (https://github.com/pinojs/pino-pretty)");
        }
        const { enabled, onChild } = opts;
        if (enabled === false) opts.level = "silent";
        if (!onChild) opts.onChild = noop;
        if (!stream) {
          if (!hasBeenTampered(process.stdout)) {
            stream = buildSafeSonicBoom({ fd: process.stdout.fd || 1 });
          } else {
            stream = process.stdout;
          }
        }
        return { opts, stream };
      };
    }
    function stringify3(obj, stringifySafeFn) {
      try {
        return JSON.stringify(obj);
      } catch (_) {
        try {
          const stringify4 = stringifySafeFn || this[stringifySafeSym];
          return stringify4(obj);
        } catch (_2) {
          return '"[unable to serialize, circular reference is too complex to analyze]"';
        }
      }
    }
    function buildFormatters(level2, bindings, log) {
      return {
        level: level2,
        bindings,
        log
      };
    }
    function normalizeDestFileDescriptor(destination) {
      const fd = Number(destination);
      if (typeof destination === "string" && Number.isFinite(fd)) {
        return fd;
      }
      if (destination === void 0) {
        return 1;
      }
      return destination;
    }
    module.exports = {
      noop,
      buildSafeSonicBoom,
      asChindings,
      asJson,
      genLog,
      createArgsNormalizer,
      stringify: stringify3,
      buildFormatters,
      normalizeDestFileDescriptor
    };
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/constants.js
var require_constants = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/constants.js"(exports, module) {
    var DEFAULT_LEVELS = {
      trace: 10,
      debug: 20,
      info: 30,
      warn: 40,
      error: 50,
      fatal: 60
    };
    var SORTING_ORDER = {
      ASC: "ASC",
      DESC: "DESC"
    };
    module.exports = {
      DEFAULT_LEVELS,
      SORTING_ORDER
    };
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/levels.js
var require_levels = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/levels.js"(exports, module) {
    "use strict";
    var {
      lsCacheSym,
      levelValSym,
      useOnlyCustomLevelsSym,
      streamSym,
      formattersSym,
      hooksSym,
      levelCompSym
    } = require_symbols();
    var { noop, genLog } = require_tools();
    var { DEFAULT_LEVELS, SORTING_ORDER } = require_constants();
    var levelMethods = {
      fatal: (hook) => {
        const logFatal = genLog(DEFAULT_LEVELS.fatal, hook);
        return function(...args) {
          const stream = this[streamSym];
          logFatal.call(this, ...args);
          if (typeof stream.flushSync === "function") {
            try {
              stream.flushSync();
            } catch (e) {
            }
          }
        };
      },
      error: (hook) => genLog(DEFAULT_LEVELS.error, hook),
      warn: (hook) => genLog(DEFAULT_LEVELS.warn, hook),
      info: (hook) => genLog(DEFAULT_LEVELS.info, hook),
      debug: (hook) => genLog(DEFAULT_LEVELS.debug, hook),
      trace: (hook) => genLog(DEFAULT_LEVELS.trace, hook)
    };
    var nums = Object.keys(DEFAULT_LEVELS).reduce((o, k) => {
      o[DEFAULT_LEVELS[k]] = k;
      return o;
    }, {});
    var initialLsCache = Object.keys(nums).reduce((o, k) => {
      o[k] = '{"level":' + Number(k);
      return o;
    }, {});
    function genLsCache(instance) {
      const formatter = instance[formattersSym].level;
      const { labels } = instance.levels;
      const cache = {};
      for (const label in labels) {
        const level2 = formatter(labels[label], Number(label));
        cache[label] = JSON.stringify(level2).slice(0, -1);
      }
      instance[lsCacheSym] = cache;
      return instance;
    }
    function isStandardLevel(level2, useOnlyCustomLevels) {
      if (useOnlyCustomLevels) {
        return false;
      }
      switch (level2) {
        case "fatal":
        case "error":
        case "warn":
        case "info":
        case "debug":
        case "trace":
          return true;
        default:
          return false;
      }
    }
    function setLevel(level2) {
      const { labels, values } = this.levels;
      if (typeof level2 === "number") {
        if (labels[level2] === void 0) throw Error("unknown level value" + level2);
        level2 = labels[level2];
      }
      if (values[level2] === void 0) throw Error("unknown level " + level2);
      const preLevelVal = this[levelValSym];
      const levelVal = this[levelValSym] = values[level2];
      const useOnlyCustomLevelsVal = this[useOnlyCustomLevelsSym];
      const levelComparison = this[levelCompSym];
      const hook = this[hooksSym].logMethod;
      for (const key in values) {
        if (levelComparison(values[key], levelVal) === false) {
          this[key] = noop;
          continue;
        }
        this[key] = isStandardLevel(key, useOnlyCustomLevelsVal) ? levelMethods[key](hook) : genLog(values[key], hook);
      }
      this.emit(
        "level-change",
        level2,
        levelVal,
        labels[preLevelVal],
        preLevelVal,
        this
      );
    }
    function getLevel(level2) {
      const { levels, levelVal } = this;
      return levels && levels.labels ? levels.labels[levelVal] : "";
    }
    function isLevelEnabled(logLevel) {
      const { values } = this.levels;
      const logLevelVal = values[logLevel];
      return logLevelVal !== void 0 && this[levelCompSym](logLevelVal, this[levelValSym]);
    }
    function compareLevel(direction, current, expected) {
      if (direction === SORTING_ORDER.DESC) {
        return current <= expected;
      }
      return current >= expected;
    }
    function genLevelComparison(levelComparison) {
      if (typeof levelComparison === "string") {
        return compareLevel.bind(null, levelComparison);
      }
      return levelComparison;
    }
    function mappings(customLevels = null, useOnlyCustomLevels = false) {
      const customNums = customLevels ? Object.keys(customLevels).reduce((o, k) => {
        o[customLevels[k]] = k;
        return o;
      }, {}) : null;
      const labels = Object.assign(
        Object.create(Object.prototype, { Infinity: { value: "silent" } }),
        useOnlyCustomLevels ? null : nums,
        customNums
      );
      const values = Object.assign(
        Object.create(Object.prototype, { silent: { value: Infinity } }),
        useOnlyCustomLevels ? null : DEFAULT_LEVELS,
        customLevels
      );
      return { labels, values };
    }
    function assertDefaultLevelFound(defaultLevel, customLevels, useOnlyCustomLevels) {
      if (typeof defaultLevel === "number") {
        const values = [].concat(
          Object.keys(customLevels || {}).map((key) => customLevels[key]),
          useOnlyCustomLevels ? [] : Object.keys(nums).map((level2) => +level2),
          Infinity
        );
        if (!values.includes(defaultLevel)) {
          throw Error(`default level:${defaultLevel} must be included in custom levels`);
        }
        return;
      }
      const labels = Object.assign(
        Object.create(Object.prototype, { silent: { value: Infinity } }),
        useOnlyCustomLevels ? null : DEFAULT_LEVELS,
        customLevels
      );
      if (!(defaultLevel in labels)) {
        throw Error(`default level:${defaultLevel} must be included in custom levels`);
      }
    }
    function assertNoLevelCollisions(levels, customLevels) {
      const { labels, values } = levels;
      for (const k in customLevels) {
        if (k in values) {
          throw Error("levels cannot be overridden");
        }
        if (customLevels[k] in labels) {
          throw Error("pre-existing level values cannot be used for new levels");
        }
      }
    }
    function assertLevelComparison(levelComparison) {
      if (typeof levelComparison === "function") {
        return;
      }
      if (typeof levelComparison === "string" && Object.values(SORTING_ORDER).includes(levelComparison)) {
        return;
      }
      throw new Error('Levels comparison should be one of "ASC", "DESC" or "function" type');
    }
    module.exports = {
      initialLsCache,
      genLsCache,
      levelMethods,
      getLevel,
      setLevel,
      isLevelEnabled,
      mappings,
      assertNoLevelCollisions,
      assertDefaultLevelFound,
      genLevelComparison,
      assertLevelComparison
    };
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/meta.js
var require_meta = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/meta.js"(exports, module) {
    "use strict";
    module.exports = { version: "10.4.0" };
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/proto.js
var require_proto = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/proto.js"(exports, module) {
    "use strict";
    var { EventEmitter } = __require("node:events");
    var {
      lsCacheSym,
      levelValSym,
      setLevelSym,
      getLevelSym,
      chindingsSym,
      mixinSym,
      asJsonSym,
      writeSym,
      mixinMergeStrategySym,
      timeSym,
      timeSliceIndexSym,
      streamSym,
      serializersSym,
      formattersSym,
      errorKeySym,
      messageKeySym,
      useOnlyCustomLevelsSym,
      needsMetadataGsym,
      redactFmtSym,
      stringifySym,
      formatOptsSym,
      stringifiersSym,
      msgPrefixSym,
      hooksSym
    } = require_symbols();
    var {
      getLevel,
      setLevel,
      isLevelEnabled,
      mappings,
      initialLsCache,
      genLsCache,
      assertNoLevelCollisions
    } = require_levels();
    var {
      asChindings,
      asJson,
      buildFormatters,
      stringify: stringify3,
      noop
    } = require_tools();
    var {
      version
    } = require_meta();
    var redaction = require_redaction();
    var constructor = class Pino {
    };
    var prototype = {
      constructor,
      child,
      bindings,
      setBindings,
      flush,
      isLevelEnabled,
      version,
      get level() {
        return this[getLevelSym]();
      },
      set level(lvl) {
        this[setLevelSym](lvl);
      },
      get levelVal() {
        return this[levelValSym];
      },
      set levelVal(n) {
        throw Error("levelVal is read-only");
      },
      get msgPrefix() {
        return this[msgPrefixSym];
      },
      get [Symbol.toStringTag]() {
        return "Pino";
      },
      [lsCacheSym]: initialLsCache,
      [writeSym]: write,
      [asJsonSym]: asJson,
      [getLevelSym]: getLevel,
      [setLevelSym]: setLevel
    };
    Object.setPrototypeOf(prototype, EventEmitter.prototype);
    module.exports = function() {
      return Object.create(prototype);
    };
    var resetChildingsFormatter = (bindings2) => bindings2;
    function child(bindings2, options) {
      if (!bindings2) {
        throw Error("missing bindings for child Pino");
      }
      const serializers = this[serializersSym];
      const formatters = this[formattersSym];
      const instance = Object.create(this);
      if (options == null) {
        if (instance[formattersSym].bindings !== resetChildingsFormatter) {
          instance[formattersSym] = buildFormatters(
            formatters.level,
            resetChildingsFormatter,
            formatters.log
          );
        }
        instance[chindingsSym] = asChindings(instance, bindings2);
        if (this.onChild !== noop) {
          this.onChild(instance);
        }
        return instance;
      }
      if (options.hasOwnProperty("serializers") === true) {
        instance[serializersSym] = /* @__PURE__ */ Object.create(null);
        for (const k in serializers) {
          instance[serializersSym][k] = serializers[k];
        }
        const parentSymbols = Object.getOwnPropertySymbols(serializers);
        for (var i = 0; i < parentSymbols.length; i++) {
          const ks = parentSymbols[i];
          instance[serializersSym][ks] = serializers[ks];
        }
        for (const bk in options.serializers) {
          instance[serializersSym][bk] = options.serializers[bk];
        }
        const bindingsSymbols = Object.getOwnPropertySymbols(options.serializers);
        for (var bi = 0; bi < bindingsSymbols.length; bi++) {
          const bks = bindingsSymbols[bi];
          instance[serializersSym][bks] = options.serializers[bks];
        }
      } else instance[serializersSym] = serializers;
      if (options.hasOwnProperty("formatters")) {
        const { level: level2, bindings: chindings, log } = options.formatters;
        instance[formattersSym] = buildFormatters(
          level2 || formatters.level,
          chindings || resetChildingsFormatter,
          log || formatters.log
        );
      } else {
        instance[formattersSym] = buildFormatters(
          formatters.level,
          resetChildingsFormatter,
          formatters.log
        );
      }
      if (options.hasOwnProperty("customLevels") === true) {
        assertNoLevelCollisions(this.levels, options.customLevels);
        instance.levels = mappings(options.customLevels, instance[useOnlyCustomLevelsSym]);
        genLsCache(instance);
      }
      if (typeof options.redact === "object" && options.redact !== null || Array.isArray(options.redact)) {
        instance.redact = options.redact;
        const stringifiers = redaction(instance.redact, stringify3);
        const formatOpts = { stringify: stringifiers[redactFmtSym] };
        instance[stringifySym] = stringify3;
        instance[stringifiersSym] = stringifiers;
        instance[formatOptsSym] = formatOpts;
      }
      if (typeof options.msgPrefix === "string") {
        instance[msgPrefixSym] = (this[msgPrefixSym] || "") + options.msgPrefix;
      }
      instance[chindingsSym] = asChindings(instance, bindings2);
      if (options.level !== void 0 && options.level !== this.level || options.hasOwnProperty("customLevels")) {
        const childLevel = options.level || this.level;
        instance[setLevelSym](childLevel);
      }
      this.onChild(instance);
      return instance;
    }
    function bindings() {
      const chindings = this[chindingsSym];
      const chindingsJson = `{${chindings.substr(1)}}`;
      const bindingsFromJson = JSON.parse(chindingsJson);
      delete bindingsFromJson.pid;
      delete bindingsFromJson.hostname;
      return bindingsFromJson;
    }
    function setBindings(newBindings) {
      const chindings = asChindings(this, newBindings);
      this[chindingsSym] = chindings;
    }
    function defaultMixinMergeStrategy(mergeObject, mixinObject) {
      return Object.assign(mixinObject, mergeObject);
    }
    function write(_obj, msg, num4) {
      const t = this[timeSym]();
      const mixin = this[mixinSym];
      const errorKey = this[errorKeySym];
      const messageKey = this[messageKeySym];
      const mixinMergeStrategy = this[mixinMergeStrategySym] || defaultMixinMergeStrategy;
      let obj;
      const streamWriteHook = this[hooksSym].streamWrite;
      if (_obj === void 0 || _obj === null) {
        obj = {};
      } else if (_obj instanceof Error) {
        obj = { [errorKey]: _obj };
        if (msg === void 0) {
          msg = _obj.message;
        }
      } else {
        obj = _obj;
        if (msg === void 0 && _obj[messageKey] === void 0 && _obj[errorKey]) {
          msg = _obj[errorKey].message;
        }
      }
      if (mixin) {
        obj = mixinMergeStrategy(obj, mixin(obj, num4, this));
      }
      const s = this[asJsonSym](obj, msg, num4, t);
      const stream = this[streamSym];
      if (stream[needsMetadataGsym] === true) {
        stream.lastLevel = num4;
        stream.lastObj = obj;
        stream.lastMsg = msg;
        stream.lastTime = t.slice(this[timeSliceIndexSym]);
        stream.lastLogger = this;
      }
      stream.write(streamWriteHook ? streamWriteHook(s) : s);
    }
    function flush(cb) {
      if (cb != null && typeof cb !== "function") {
        throw Error("callback must be a function");
      }
      const stream = this[streamSym];
      if (typeof stream.flush === "function") {
        stream.flush(cb || noop);
      } else if (cb) cb();
    }
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/multistream.js
var require_multistream = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/lib/multistream.js"(exports, module) {
    "use strict";
    var metadata = /* @__PURE__ */ Symbol.for("pino.metadata");
    var { DEFAULT_LEVELS } = require_constants();
    var DEFAULT_INFO_LEVEL = DEFAULT_LEVELS.info;
    function multistream(streamsArray, opts) {
      streamsArray = streamsArray || [];
      opts = opts || { dedupe: false };
      const streamLevels = Object.create(DEFAULT_LEVELS);
      streamLevels.silent = Infinity;
      if (opts.levels && typeof opts.levels === "object") {
        Object.keys(opts.levels).forEach((i) => {
          streamLevels[i] = opts.levels[i];
        });
      }
      const res = {
        write,
        add,
        remove,
        emit,
        flushSync,
        end,
        minLevel: 0,
        lastId: 0,
        streams: [],
        clone,
        [metadata]: true,
        streamLevels
      };
      if (Array.isArray(streamsArray)) {
        streamsArray.forEach(add, res);
      } else {
        add.call(res, streamsArray);
      }
      streamsArray = null;
      return res;
      function write(data) {
        let dest;
        const level2 = typeof this.lastLevel === "string" ? (this.streamLevels || streamLevels)[this.lastLevel] : this.lastLevel;
        const { streams } = this;
        let recordedLevel = 0;
        let stream;
        for (let i = initLoopVar(streams.length, opts.dedupe); checkLoopVar(i, streams.length, opts.dedupe); i = adjustLoopVar(i, opts.dedupe)) {
          dest = streams[i];
          if (dest.level <= level2) {
            if (recordedLevel !== 0 && recordedLevel !== dest.level) {
              break;
            }
            stream = dest.stream;
            if (stream[metadata]) {
              const { lastTime, lastMsg, lastObj, lastLogger } = this;
              stream.lastLevel = level2;
              stream.lastTime = lastTime;
              stream.lastMsg = lastMsg;
              stream.lastObj = lastObj;
              stream.lastLogger = lastLogger;
            }
            stream.write(data);
            if (opts.dedupe) {
              recordedLevel = dest.level;
            }
          } else if (!opts.dedupe) {
            break;
          }
        }
      }
      function emit(...args) {
        for (const { stream } of this.streams) {
          if (typeof stream.emit === "function") {
            stream.emit(...args);
          }
        }
      }
      function flushSync() {
        for (const { stream } of this.streams) {
          if (typeof stream.flushSync === "function") {
            stream.flushSync();
          }
        }
      }
      function add(dest) {
        if (!dest) {
          return this;
        }
        const isStream = typeof dest.write === "function" || dest.stream;
        const stream_ = dest.write ? dest : dest.stream;
        if (!isStream) {
          throw Error("stream object needs to implement either StreamEntry or DestinationStream interface");
        }
        const { streams, streamLevels: streamLevels2 } = this;
        let level2;
        if (typeof dest.levelVal === "number") {
          level2 = dest.levelVal;
        } else if (typeof dest.level === "string") {
          level2 = streamLevels2[dest.level];
        } else if (typeof dest.level === "number") {
          level2 = dest.level;
        } else {
          level2 = DEFAULT_INFO_LEVEL;
        }
        const dest_ = {
          stream: stream_,
          level: level2,
          levelVal: void 0,
          id: ++res.lastId
        };
        streams.unshift(dest_);
        streams.sort(compareByLevel);
        this.minLevel = streams[0].level;
        return this;
      }
      function remove(id) {
        const { streams } = this;
        const index = streams.findIndex((s) => s.id === id);
        if (index >= 0) {
          streams.splice(index, 1);
          streams.sort(compareByLevel);
          this.minLevel = streams.length > 0 ? streams[0].level : -1;
        }
        return this;
      }
      function end() {
        for (const { stream } of this.streams) {
          if (typeof stream.flushSync === "function") {
            stream.flushSync();
          }
          stream.end();
        }
      }
      function clone(level2) {
        const streams = new Array(this.streams.length);
        for (let i = 0; i < streams.length; i++) {
          streams[i] = {
            level: level2,
            stream: this.streams[i].stream
          };
        }
        return {
          write,
          add,
          remove,
          emit,
          flushSync,
          end,
          minLevel: level2,
          streams,
          clone,
          [metadata]: true,
          streamLevels
        };
      }
    }
    function compareByLevel(a, b) {
      return a.level - b.level;
    }
    function initLoopVar(length, dedupe) {
      return dedupe ? length - 1 : 0;
    }
    function adjustLoopVar(i, dedupe) {
      return dedupe ? i - 1 : i + 1;
    }
    function checkLoopVar(i, length, dedupe) {
      return dedupe ? i >= 0 : i < length;
    }
    module.exports = multistream;
  }
});

// node_modules/.pnpm/pino@10.4.0/node_modules/pino/pino.js
var require_pino = __commonJS({
  "node_modules/.pnpm/pino@10.4.0/node_modules/pino/pino.js"(exports, module) {
    "use strict";
    var os = __require("node:os");
    var stdSerializers = require_pino_std_serializers();
    var caller = require_caller();
    var redaction = require_redaction();
    var time = require_time();
    var proto = require_proto();
    var symbols = require_symbols();
    var { configure: configure2 } = require_safe_stable_stringify();
    var { assertDefaultLevelFound, mappings, genLsCache, genLevelComparison, assertLevelComparison } = require_levels();
    var { DEFAULT_LEVELS, SORTING_ORDER } = require_constants();
    var {
      createArgsNormalizer,
      asChindings,
      buildSafeSonicBoom,
      buildFormatters,
      stringify: stringify3,
      normalizeDestFileDescriptor,
      noop
    } = require_tools();
    var { version } = require_meta();
    var {
      chindingsSym,
      redactFmtSym,
      serializersSym,
      timeSym,
      timeSliceIndexSym,
      streamSym,
      stringifySym,
      stringifySafeSym,
      stringifiersSym,
      setLevelSym,
      endSym,
      formatOptsSym,
      messageKeySym,
      errorKeySym,
      nestedKeySym,
      mixinSym,
      levelCompSym,
      useOnlyCustomLevelsSym,
      formattersSym,
      hooksSym,
      nestedKeyStrSym,
      mixinMergeStrategySym,
      msgPrefixSym,
      transportUsesMultistreamSym
    } = symbols;
    var { epochTime, nullTime } = time;
    var { pid } = process;
    var hostname2 = os.hostname();
    var defaultErrorSerializer = stdSerializers.err;
    var defaultOptions = {
      level: "info",
      levelComparison: SORTING_ORDER.ASC,
      levels: DEFAULT_LEVELS,
      messageKey: "msg",
      errorKey: "err",
      nestedKey: null,
      enabled: true,
      base: { pid, hostname: hostname2 },
      serializers: Object.assign(/* @__PURE__ */ Object.create(null), {
        err: defaultErrorSerializer
      }),
      formatters: Object.assign(/* @__PURE__ */ Object.create(null), {
        bindings(bindings) {
          return bindings;
        },
        level(label, number2) {
          return { level: number2 };
        }
      }),
      hooks: {
        logMethod: void 0,
        streamWrite: void 0
      },
      timestamp: epochTime,
      name: void 0,
      redact: null,
      customLevels: null,
      useOnlyCustomLevels: false,
      depthLimit: 5,
      edgeLimit: 100
    };
    var normalize3 = createArgsNormalizer(defaultOptions);
    var serializers = Object.assign(/* @__PURE__ */ Object.create(null), stdSerializers);
    function pino3(...args) {
      const instance = {};
      const { opts, stream } = normalize3(instance, caller(), ...args);
      if (opts.level && typeof opts.level === "string" && DEFAULT_LEVELS[opts.level.toLowerCase()] !== void 0) opts.level = opts.level.toLowerCase();
      const {
        redact,
        crlf,
        serializers: serializers2,
        timestamp,
        messageKey,
        errorKey,
        nestedKey,
        base,
        name,
        level: level2,
        customLevels,
        levelComparison,
        mixin,
        mixinMergeStrategy,
        useOnlyCustomLevels,
        formatters,
        hooks,
        depthLimit,
        edgeLimit,
        onChild,
        msgPrefix
      } = opts;
      const stringifySafe = configure2({
        maximumDepth: depthLimit,
        maximumBreadth: edgeLimit
      });
      const allFormatters = buildFormatters(
        formatters.level,
        formatters.bindings,
        formatters.log
      );
      const stringifyFn = stringify3.bind({
        [stringifySafeSym]: stringifySafe
      });
      const stringifiers = redact ? Object.assign(/* @__PURE__ */ Object.create(null), redaction(redact, stringifyFn)) : /* @__PURE__ */ Object.create(null);
      const formatOpts = redact ? { stringify: stringifiers[redactFmtSym] } : { stringify: stringifyFn };
      const end = "}" + (crlf ? "\r\n" : "\n");
      const coreChindings = asChindings.bind(null, {
        [chindingsSym]: "",
        [serializersSym]: serializers2,
        [stringifiersSym]: stringifiers,
        [stringifySym]: stringify3,
        [stringifySafeSym]: stringifySafe,
        [formattersSym]: allFormatters
      });
      let chindings = "";
      if (base !== null) {
        if (name === void 0) {
          chindings = coreChindings(base);
        } else {
          chindings = coreChindings(Object.assign({}, base, { name }));
        }
      }
      const time2 = timestamp instanceof Function ? timestamp : timestamp ? epochTime : nullTime;
      const timeSliceIndex = time2().indexOf(":") + 1;
      if (useOnlyCustomLevels && !customLevels) throw Error("customLevels is required if useOnlyCustomLevels is set true");
      if (mixin && typeof mixin !== "function") throw Error(`Unknown mixin type "${typeof mixin}" - expected "function"`);
      if (msgPrefix && typeof msgPrefix !== "string") throw Error(`Unknown msgPrefix type "${typeof msgPrefix}" - expected "string"`);
      assertDefaultLevelFound(level2, customLevels, useOnlyCustomLevels);
      const levels = mappings(customLevels, useOnlyCustomLevels);
      if (stream && stream[transportUsesMultistreamSym] === true) {
        let sampleLabel = typeof level2 === "string" ? level2 : void 0;
        if (!sampleLabel || levels[sampleLabel] === void 0) {
          sampleLabel = Object.keys(levels)[0];
        }
        const sampleNumber = levels[sampleLabel];
        let ok = false;
        try {
          const formatted = formatters.level(sampleLabel, sampleNumber);
          ok = formatted && typeof formatted === "object" && formatted.level === sampleNumber;
        } catch {
          ok = false;
        }
        if (!ok) {
          process.emitWarning(
            'custom formatters.level detected with multiple transport targets/pipelines; ensure logs include a numeric "level" field or they may be dropped',
            { code: "PINO_TRANSPORT_MULTI_TARGETS_LEVEL_FORMATTER" }
          );
        }
      }
      if (typeof stream.emit === "function") {
        stream.emit("message", { code: "PINO_CONFIG", config: { levels, messageKey, errorKey } });
      }
      assertLevelComparison(levelComparison);
      const levelCompFunc = genLevelComparison(levelComparison);
      Object.assign(instance, {
        levels,
        [levelCompSym]: levelCompFunc,
        [useOnlyCustomLevelsSym]: useOnlyCustomLevels,
        [streamSym]: stream,
        [timeSym]: time2,
        [timeSliceIndexSym]: timeSliceIndex,
        [stringifySym]: stringify3,
        [stringifySafeSym]: stringifySafe,
        [stringifiersSym]: stringifiers,
        [endSym]: end,
        [formatOptsSym]: formatOpts,
        [messageKeySym]: messageKey,
        [errorKeySym]: errorKey,
        [nestedKeySym]: nestedKey,
        // protect against injection
        [nestedKeyStrSym]: nestedKey ? `,${JSON.stringify(nestedKey)}:{` : "",
        [serializersSym]: serializers2,
        [mixinSym]: mixin,
        [mixinMergeStrategySym]: mixinMergeStrategy,
        [chindingsSym]: chindings,
        [formattersSym]: allFormatters,
        [hooksSym]: hooks,
        silent: noop,
        onChild,
        [msgPrefixSym]: msgPrefix
      });
      Object.setPrototypeOf(instance, proto());
      genLsCache(instance);
      instance[setLevelSym](level2);
      return instance;
    }
    module.exports = pino3;
    module.exports.destination = (dest = process.stdout.fd) => {
      if (typeof dest === "object") {
        dest.dest = normalizeDestFileDescriptor(dest.dest || process.stdout.fd);
        return buildSafeSonicBoom(dest);
      } else {
        return buildSafeSonicBoom({ dest: normalizeDestFileDescriptor(dest), minLength: 0 });
      }
    };
    module.exports.transport = require_transport();
    module.exports.multistream = require_multistream();
    module.exports.levels = mappings();
    module.exports.stdSerializers = serializers;
    module.exports.stdTimeFunctions = Object.assign({}, time);
    module.exports.symbols = symbols;
    module.exports.version = version;
    module.exports.default = pino3;
    module.exports.pino = pino3;
  }
});

// packages/agent/src/agent-config.ts
import { createHmac as createHmac2 } from "node:crypto";
import { homedir as homedir2, userInfo } from "node:os";
import { basename as basename2, isAbsolute as isAbsolute2, join as join5, resolve as resolve4 } from "node:path";

// packages/core/src/record-fields.ts
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var str = (v) => typeof v === "string" && v.length > 0 ? v : void 0;
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
function parseTime(v) {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v !== "string") return void 0;
  const t = Date.parse(v);
  return Number.isNaN(t) ? void 0 : t;
}
function contentText(content2) {
  if (typeof content2 === "string") return content2;
  if (!Array.isArray(content2)) return "";
  let out = "";
  for (const block of content2) {
    if (isObject(block) && block.type === "text" && typeof block.text === "string")
      out += out ? `
${block.text}` : block.text;
  }
  return out;
}

// packages/core/src/transcript-signals.ts
var NAME = /^[A-Za-z0-9_.:@-]{1,80}$/;
var safeLabel = (v) => {
  const s = str(v);
  return s && NAME.test(s) ? s : void 0;
};
function put(out, key, value) {
  if (value !== void 0) out[key] = value;
}
function statusOf(rec) {
  for (const v of [rec.error, rec.cause, isObject(rec.error) ? rec.error.error : void 0]) {
    if (!isObject(v)) continue;
    const s = num(v.status) ?? num(v.statusCode) ?? num(v.status_code);
    if (s !== void 0) return String(s);
  }
  const text3 = [str(rec.content), isObject(rec.error) ? str(rec.error.message) : str(rec.error)].join(" ");
  return /\b([45]\d\d)\b/.exec(text3)?.[1];
}
function systemSignals(rec) {
  const subtype = rec.subtype;
  if (subtype === "api_error") {
    const attributes = {};
    const retryInMs = num(rec.retryInMs);
    put(attributes, "statusCode", statusOf(rec) ?? "unknown");
    put(attributes, "attempt", num(rec.retryAttempt));
    put(attributes, "maxRetries", num(rec.maxRetries));
    put(attributes, "retryInMs", retryInMs);
    attributes.retrying = retryInMs !== void 0 || num(rec.retryAttempt) !== void 0;
    return [{ event: "api_error", key: "", severity: "warn", attributes }];
  }
  if (subtype === "stop_hook_summary" && Array.isArray(rec.hookInfos)) {
    const errors = Array.isArray(rec.hookErrors) ? rec.hookErrors.length : 0;
    const out = [];
    rec.hookInfos.forEach((info, i) => {
      if (!isObject(info)) return;
      const attributes = { hookEvent: "Stop" };
      put(attributes, "durationMs", num(info.durationMs));
      attributes.outcome = rec.preventedContinuation === true ? "blocking" : errors > 0 ? "non_blocking_error" : "success";
      out.push({ event: "hook_execution", key: String(i), attributes });
    });
    return out;
  }
  return [];
}
var HOOK_OUTCOMES = {
  hook_success: "success",
  hook_additional_context: "success",
  hook_system_message: "success",
  hook_permission_decision: "success",
  hook_non_blocking_error: "non_blocking_error",
  hook_error_during_execution: "non_blocking_error",
  hook_blocking_error: "blocking",
  hook_stopped_continuation: "blocking",
  hook_cancelled: "cancelled"
};
function mcpConnections(a) {
  if (!Array.isArray(a.addedNames)) return [];
  const servers = /* @__PURE__ */ new Map();
  for (const tool of a.addedNames) {
    const m = typeof tool === "string" ? /^mcp__(.+?)__/.exec(tool) : null;
    if (!m?.[1] || !NAME.test(m[1])) continue;
    const plugin = /^plugin_([^_]+)_(.+)$/.exec(m[1]);
    servers.set(plugin ? plugin[2] : m[1], plugin?.[1]);
  }
  return [...servers].map(([server, plugin]) => ({
    event: "mcp_server_connection",
    key: server,
    sessionKey: `${plugin ?? ""}/${server}`,
    attributes: { mcpServer: server, status: "connected", ...plugin ? { plugin } : {} }
  }));
}
function attachmentSignals(rec) {
  const a = isObject(rec.attachment) ? rec.attachment : void 0;
  if (a?.type === "deferred_tools_delta") return mcpConnections(a);
  const outcome = a ? HOOK_OUTCOMES[String(a.type)] : void 0;
  if (!a || !outcome) return [];
  const attributes = {
    hookEvent: safeLabel(a.hookEvent) ?? "unknown",
    outcome
  };
  put(attributes, "hookName", safeLabel(a.hookName));
  put(attributes, "toolUseId", safeLabel(a.toolUseID));
  put(attributes, "durationMs", num(a.durationMs));
  return [
    { event: "hook_execution", key: "", attributes, severity: outcome === "success" ? "info" : "warn" }
  ];
}

// packages/core/src/activity-scope.ts
var NO_SCOPE = Object.freeze({});
var SCOPE_ATTRIBUTES = { skill: "glassbox.skill", command: "glassbox.command" };
var COMMAND_NAME = /<command-name>\/?([^<\s]{1,200})<\/command-name>/;
var SKILL_EXPANSION = "Base directory for this skill:";
function commandOfPrompt(text3) {
  if (!text3.includes("<command-name>")) return void 0;
  const name = safeLabel(COMMAND_NAME.exec(text3)?.[1]);
  return name ? `/${name}` : void 0;
}
var isSkillExpansion = (text3) => text3.startsWith(SKILL_EXPANSION);
function inheritScope(parent, local) {
  const skill = local.skill ?? parent.skill;
  const command = parent.command ?? local.command;
  return scopeOf(skill, command);
}
function scopeOf(skill, command) {
  if (!skill && !command) return NO_SCOPE;
  return { ...skill ? { skill } : {}, ...command ? { command } : {} };
}
function scopeAttributes(scope) {
  const out = {};
  if (scope?.skill) out[SCOPE_ATTRIBUTES.skill] = scope.skill;
  if (scope?.command) out[SCOPE_ATTRIBUTES.command] = scope.command;
  return out;
}
var ScopeCursor = class {
  #skill;
  #command;
  /** No model call yet since the prompt: a skill expansion here is the slash command's. */
  #fresh = false;
  #scope = NO_SCOPE;
  /** A user prompt (`command`: its `commandOfPrompt`), or a notification with the `inherited` scope. */
  prompt(command, inherited) {
    this.#command = command ?? inherited?.command;
    this.#skill = command ? void 0 : inherited?.skill;
    this.#fresh = command !== void 0;
    this.#update();
  }
  /** A skill's expansion (`isSkillExpansion`): right after a slash command, the command was that skill. */
  skillExpansion() {
    if (!this.#fresh || !this.#command) return;
    this.#skill = safeLabel(this.#command.slice(1));
    this.#fresh = false;
    this.#update();
  }
  /** A model call: the scope it belongs to. */
  call() {
    this.#fresh = false;
    return this.#scope;
  }
  /** A tool call the last model call asked for: a Skill call starts its skill, itself included. */
  tool(name, skill) {
    if (name === "Skill" && skill) {
      const label = safeLabel(skill);
      if (label && label !== this.#skill) {
        this.#skill = label;
        this.#update();
      }
    }
    return this.#scope;
  }
  get scope() {
    return this.#scope;
  }
  #update() {
    this.#scope = scopeOf(this.#skill, this.#command);
  }
};

// packages/core/src/attribution.ts
var ATTRIBUTION_ATTRIBUTES = {
  user: "user.id",
  team: "glassbox.team",
  repository: "vcs.repository.url.full",
  branch: "vcs.ref.head.name",
  revision: "vcs.ref.head.revision"
};
var SESSION_ONLY_ATTRIBUTES = [ATTRIBUTION_ATTRIBUTES.revision];
function attributionAttributes(a) {
  const out = {};
  const put2 = (key, value) => {
    if (value) out[key] = value;
  };
  put2(ATTRIBUTION_ATTRIBUTES.user, a.user);
  put2(ATTRIBUTION_ATTRIBUTES.team, a.team);
  put2(ATTRIBUTION_ATTRIBUTES.repository, a.git?.repositoryUrl);
  put2(ATTRIBUTION_ATTRIBUTES.branch, a.git?.branch);
  put2(ATTRIBUTION_ATTRIBUTES.revision, a.git?.revision);
  return out;
}
function toolOrigin(name, skill) {
  const out = {};
  if (name.startsWith("mcp__")) {
    const rest2 = name.slice(5);
    const split = rest2.indexOf("__");
    const server = split > 0 ? rest2.slice(0, split) : rest2;
    if (split > 0) out.mcpTool = rest2.slice(split + 2);
    const plugin = /^plugin_([^_]+)_(.+)$/.exec(server);
    if (plugin) {
      out.plugin = plugin[1];
      out.mcpServer = plugin[2];
    } else out.mcpServer = server;
  }
  if (skill) {
    out.skill = skill;
    const colon = skill.indexOf(":");
    if (colon > 0) out.plugin ??= skill.slice(0, colon);
  }
  return out;
}
function toolOriginAttributes(origin) {
  const out = {};
  if (origin.mcpServer) out["mcp_server.name"] = origin.mcpServer;
  if (origin.mcpTool) out["mcp_tool.name"] = origin.mcpTool;
  if (origin.plugin) out["plugin.name"] = origin.plugin;
  if (origin.skill) out["skill.name"] = origin.skill;
  return out;
}

// packages/core/src/spend-ledger.ts
var BUDGET_FILE = "budget.json";
function utcDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function spendByDay(trace) {
  const out = {};
  const add = (day, usd) => {
    out[day] = (out[day] ?? 0) + usd;
  };
  let inTurns = 0;
  for (const turn of trace.turns) {
    if (turn.totals.costUsd <= 0) continue;
    add(utcDay(turn.startMs), turn.totals.costUsd);
    inTurns += turn.totals.costUsd;
  }
  const rest2 = trace.totals.costUsd - inTurns;
  if (rest2 > 1e-9) add(utcDay(trace.endMs), rest2);
  return out;
}
var SpendLedger = class _SpendLedger {
  #sessions = /* @__PURE__ */ new Map();
  /** Sets a session's spend by day; whether that changed anything. */
  set(sessionId, byDay) {
    const old = this.#sessions.get(sessionId);
    if (old ? sameSpend(old, byDay) : Object.keys(byDay).length === 0) return false;
    this.#sessions.delete(sessionId);
    this.#sessions.set(sessionId, { ...byDay });
    return true;
  }
  /** What one session cost (all its days). */
  session(sessionId) {
    return sum(Object.values(this.#sessions.get(sessionId) ?? {}));
  }
  /** What every session cost on a UTC day (`YYYY-MM-DD`), or in a month (`YYYY-MM`). */
  period(prefix) {
    let total = 0;
    for (const days of this.#sessions.values())
      for (const [day, usd] of Object.entries(days)) if (day.startsWith(prefix)) total += usd;
    return total;
  }
  /** Drops the days before `firstDay` (a session left with none goes); whether anything went. */
  prune(firstDay) {
    let changed = false;
    for (const [sessionId, days] of this.#sessions) {
      const kept = Object.entries(days).filter(([day]) => day >= firstDay);
      if (kept.length === Object.keys(days).length) continue;
      changed = true;
      if (kept.length === 0) this.#sessions.delete(sessionId);
      else this.#sessions.set(sessionId, Object.fromEntries(kept));
    }
    return changed;
  }
  toJSON() {
    return Object.fromEntries(this.#sessions);
  }
  /** A ledger from `toJSON`'s output; entries that are not a day and a finite amount are left out. */
  static fromJSON(value) {
    const ledger = new _SpendLedger();
    if (!value || typeof value !== "object") return ledger;
    for (const [sessionId, days] of Object.entries(value)) {
      if (!days || typeof days !== "object") continue;
      const kept = Object.entries(days).filter(
        (entry) => /^\d{4}-\d{2}-\d{2}$/.test(entry[0]) && typeof entry[1] === "number" && Number.isFinite(entry[1])
      );
      if (kept.length > 0) ledger.#sessions.set(sessionId, Object.fromEntries(kept));
    }
    return ledger;
  }
};
function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}
function sameSpend(a, b) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

// packages/core/src/budget-standing.ts
var BUDGET_SETTING_NAMES = {
  session: "budgetSessionUsd",
  day: "budgetDailyUsd",
  month: "budgetMonthlyUsd"
};
function hasBudget(settings) {
  return settings !== void 0 && [settings.sessionUsd, settings.dailyUsd, settings.monthlyUsd].some((v) => v);
}
function budgetStandings(settings, ledger, nowMs, sessionId) {
  if (!settings) return [];
  const day = utcDay(nowMs);
  const month = day.slice(0, 7);
  const out = [];
  const push2 = (period, window, limitUsd, spentUsd) => {
    if (!limitUsd || limitUsd <= 0) return;
    const percent = spentUsd / limitUsd * 100;
    const state = spentUsd >= limitUsd ? "reached" : percent >= settings.warnPercent ? "warn" : "ok";
    out.push({ period, window, limitUsd, spentUsd, percent, state });
  };
  if (sessionId !== void 0) push2("session", sessionId, settings.sessionUsd, ledger.session(sessionId));
  push2("day", day, settings.dailyUsd, ledger.period(day));
  push2("month", month, settings.monthlyUsd, ledger.period(month));
  return out;
}
function firstDayKept(nowMs) {
  const d = new Date(nowMs);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
}

// packages/core/src/error-summary.ts
var KINDS = [
  [
    "permission_denied",
    /requested permissions? to|haven't granted it|permission to use \S+ (?:has been|was) denied|doesn't want to proceed|tool use was rejected|denied by|blocked by/i
  ],
  ["interrupted", /interrupted|aborted|AbortError/i],
  ["timeout", /timed? ?out|timeout|ETIMEDOUT/i],
  ["rate_limit", /rate.?limit|\b429\b|too many requests/i],
  ["overloaded", /overloaded|\b529\b/i],
  ["authentication", /authenticat|unauthori[sz]ed|\b401\b|invalid api key|\b403\b|forbidden/i],
  ["not_found", /not found|no such file|ENOENT|does not exist|\b404\b/i],
  ["access", /EACCES|EPERM|permission denied|read-only/i],
  ["too_large", /too (?:long|large|big)|exceeds|maximum|E2BIG|EFBIG/i],
  ["network", /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|network|socket hang up/i],
  ["invalid_input", /invalid|malformed|unexpected token|syntax ?error|parse error|InputValidationError/i],
  ["exit_code", /exit(?:ed)? (?:code|status) ?\d+|non-zero exit/i],
  ["server_error", /\b5\d\d\b|internal server error|server error/i]
];
var CODE = /^[a-z][a-z0-9_]{0,39}$/;
var SUMMARY = /^[a-z][a-z0-9_]{0,39} \(\d{1,12} chars\)$/;
function errorKind(text3, fallback = "error") {
  if (CODE.test(text3)) return text3;
  const head2 = text3.slice(0, 500);
  for (const [kind, pattern] of KINDS) if (pattern.test(head2)) return kind;
  return fallback;
}
function errorSummary(text3, fallback = "error") {
  if (CODE.test(text3) || SUMMARY.test(text3)) return text3;
  return `${errorKind(text3, fallback)} (${text3.length} chars)`;
}

// packages/core/src/git-info.ts
import { readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, resolve } from "node:path";
var MAX_DEPTH = 40;
var MAX_FILE_BYTES = 4 * 1024 * 1024;
async function readSmall(path2) {
  try {
    const s = await stat(path2);
    if (!s.isFile() || s.size > MAX_FILE_BYTES) return void 0;
    return await readFile(path2, "utf8");
  } catch {
    return void 0;
  }
}
async function gitDirOf(dotGit) {
  try {
    const s = await stat(dotGit);
    if (s.isDirectory()) return dotGit;
    if (!s.isFile()) return void 0;
  } catch {
    return void 0;
  }
  const text3 = await readSmall(dotGit);
  const m = /^gitdir:\s*(.+?)\s*$/m.exec(text3 ?? "");
  if (!m) return void 0;
  return isAbsolute(m[1]) ? m[1] : resolve(dirname(dotGit), m[1]);
}
async function findGitDir(cwd) {
  let dir = resolve(cwd);
  for (let i = 0; i < MAX_DEPTH; i++) {
    const found = await gitDirOf(join(dir, ".git"));
    if (found) return found;
    const up = dirname(dir);
    if (up === dir) return void 0;
    dir = up;
  }
  return void 0;
}
async function commonDirOf(gitDir) {
  const text3 = (await readSmall(join(gitDir, "commondir")))?.trim();
  if (!text3) return gitDir;
  return isAbsolute(text3) ? text3 : resolve(gitDir, text3);
}
var HEX = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
async function resolveRef(ref, gitDir, commonDir) {
  for (const dir of gitDir === commonDir ? [gitDir] : [gitDir, commonDir]) {
    const loose = (await readSmall(join(dir, ref)))?.trim();
    if (loose && HEX.test(loose)) return loose;
    if (loose?.startsWith("ref: ")) return resolveRef(loose.slice(5).trim(), gitDir, commonDir);
  }
  const packed = await readSmall(join(commonDir, "packed-refs"));
  if (!packed) return void 0;
  for (const line of packed.split("\n")) {
    if (line.startsWith("#") || line.startsWith("^")) continue;
    const space = line.indexOf(" ");
    if (space > 0 && line.slice(space + 1).trim() === ref) {
      const sha = line.slice(0, space);
      return HEX.test(sha) ? sha : void 0;
    }
  }
  return void 0;
}
function remoteUrlOf(config) {
  let section;
  const urls = /* @__PURE__ */ new Map();
  for (const raw of config.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("[")) {
      const m2 = /^\[\s*remote\s+"([^"]*)"\s*\]/.exec(line);
      section = m2 ? m2[1] : void 0;
      continue;
    }
    if (section === void 0 || urls.has(section)) continue;
    const m = /^url\s*=\s*(.*)$/i.exec(line);
    if (m) urls.set(section, m[1].replace(/^"(.*)"$/, "$1").trim());
  }
  return urls.get("origin") ?? urls.values().next().value;
}
function stripUrlCredentials(url) {
  const scheme = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/i.exec(url);
  if (scheme) {
    const host = scheme[2].slice(scheme[2].lastIndexOf("@") + 1);
    return `${scheme[1]}${host}${scheme[3].replace(/[?#].*$/, "")}`;
  }
  return url;
}
async function readGitInfo(cwd) {
  try {
    const gitDir = await findGitDir(cwd);
    if (!gitDir) return void 0;
    const commonDir = await commonDirOf(gitDir);
    const head2 = (await readSmall(join(gitDir, "HEAD")))?.trim();
    const info = {};
    if (head2?.startsWith("ref: ")) {
      const ref = head2.slice(5).trim();
      if (ref.startsWith("refs/heads/")) info.branch = ref.slice("refs/heads/".length);
      const sha = await resolveRef(ref, gitDir, commonDir);
      if (sha) info.revision = sha;
    } else if (head2 && HEX.test(head2)) info.revision = head2;
    const config = await readSmall(join(commonDir, "config"));
    const url = config ? remoteUrlOf(config) : void 0;
    if (url) info.repositoryUrl = stripUrlCredentials(url);
    return info;
  } catch {
    return void 0;
  }
}

// packages/core/src/glassbox-bundles.ts
var GLASSBOX_BUNDLES = Object.freeze({
  glassbox: {
    rank: 4,
    exporters: ["console", "file", "otlp", "prometheus", "audit"],
    defaultExporters: "otlp,file"
  },
  "glassbox-audit": { rank: 3, exporters: ["console", "file", "audit"], defaultExporters: "audit,file" },
  "glassbox-datadog": {
    rank: 2,
    exporters: ["console", "file", "datadog", "audit"],
    defaultExporters: "datadog,file"
  },
  "glassbox-lite": { rank: 1, exporters: ["console", "file", "audit"], defaultExporters: "file" }
});
var PLUGIN_RANKS = Object.freeze(
  Object.fromEntries(Object.entries(GLASSBOX_BUNDLES).map(([name, b]) => [name, b.rank]))
);
function pluginRank(plugin) {
  return plugin !== void 0 && Object.hasOwn(PLUGIN_RANKS, plugin) ? PLUGIN_RANKS[plugin] ?? 0 : 0;
}

// packages/core/src/shape-of.ts
import { createHmac } from "node:crypto";
var MAX_KEYS = 64;
function canonicalJson(value) {
  const seen = /* @__PURE__ */ new WeakSet();
  const walk = (v) => {
    if (v === null || typeof v !== "object") return v;
    if (seen.has(v)) return "[Circular]";
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map(walk);
      const out = {};
      for (const k of Object.keys(v).sort()) out[k] = walk(v[k]);
      return out;
    } finally {
      seen.delete(v);
    }
  };
  try {
    return JSON.stringify(walk(value)) ?? "undefined";
  } catch {
    return String(value);
  }
}
function shapeOf(value, hashKey) {
  const text3 = typeof value === "string" ? value : canonicalJson(value);
  const hash = createHmac("sha256", hashKey).update(text3).digest("hex").slice(0, 32);
  const bytes = Buffer.byteLength(text3, "utf8");
  if (value === null) return { type: "null", bytes, hash };
  if (value === void 0) return { type: "undefined", bytes: 0, hash };
  if (typeof value === "string") return { type: "string", length: value.length, bytes, hash };
  if (typeof value === "number" || typeof value === "bigint") return { type: "number", bytes, hash };
  if (typeof value === "boolean") return { type: "boolean", bytes, hash };
  if (Array.isArray(value)) return { type: "array", length: value.length, bytes, hash };
  if (typeof value === "object") {
    const keys = Object.keys(value).sort().slice(0, MAX_KEYS);
    return { type: "object", keys, bytes, hash };
  }
  return { type: "string", length: text3.length, bytes, hash };
}
function byteSize(value) {
  if (value === void 0) return 0;
  if (typeof value === "string") return Buffer.byteLength(value, "utf8");
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
  } catch {
    return 0;
  }
}

// packages/core/src/hook-input.ts
var STRING_FIELDS = [
  "transcript_path",
  "cwd",
  "prompt_id",
  "permission_mode",
  "agent_id",
  "agent_type",
  "model",
  "source",
  "prompt",
  "tool_name",
  "tool_use_id",
  "error",
  "error_details",
  "reason",
  "trigger",
  "agent_transcript_path",
  "last_assistant_message"
];
var ID_FIELDS = /* @__PURE__ */ new Set(["prompt_id", "agent_id", "tool_use_id", "tool_name"]);
var TOOL_EVENTS = /* @__PURE__ */ new Set(["PreToolUse", "PostToolUse", "PostToolUseFailure", "PermissionDenied"]);
function parseHookInput(json) {
  let value = json;
  if (typeof value === "string" || value instanceof Uint8Array) {
    const text3 = typeof value === "string" ? value : Buffer.from(value).toString("utf8");
    try {
      value = JSON.parse(text3);
    } catch {
      return { ok: false, reason: "not JSON" };
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { ok: false, reason: "not a JSON object" };
  const raw = value;
  const event = raw.hook_event_name;
  if (typeof event !== "string" || event.length === 0)
    return { ok: false, reason: "missing hook_event_name" };
  if (typeof raw.session_id !== "string" || raw.session_id.length === 0)
    return { ok: false, reason: `${event}: missing session_id` };
  const input = { ...raw };
  let coerced = 0;
  for (const field of STRING_FIELDS) {
    const v = raw[field];
    if (v === void 0 || v === null) {
      delete input[field];
      continue;
    }
    if (typeof v === "string") continue;
    if (ID_FIELDS.has(field)) return { ok: false, reason: `${event}: ${field} must be a string` };
    delete input[field];
    coerced++;
  }
  const dropUnless = (field, ok) => {
    if (input[field] === void 0 || ok(input[field])) return;
    delete input[field];
    coerced++;
  };
  dropUnless("duration_ms", (v) => typeof v === "number" && Number.isFinite(v) && v >= 0);
  dropUnless("is_interrupt", (v) => typeof v === "boolean");
  dropUnless("stop_hook_active", (v) => typeof v === "boolean");
  if (TOOL_EVENTS.has(event) && typeof input.tool_name !== "string")
    return { ok: false, reason: `${event}: missing tool_name` };
  return { ok: true, input, coerced };
}
var MAX_ERROR = 4e3;
function hookInputToCaptureEvents(input, receivedAtMs, options = {}) {
  try {
    return convert(input, receivedAtMs, options);
  } catch {
    return [];
  }
}
function convert(input, atMs, options) {
  const base = { source: "hook", sessionId: input.session_id, atMs };
  if (input.agent_id) base.agentId = input.agent_id;
  if (input.transcript_path) base.transcriptPath = input.transcript_path;
  if (input.cwd) base.cwd = input.cwd;
  if (input.prompt_id) base.promptId = input.prompt_id;
  const content2 = options.captureContent === true;
  const shapes = !content2 && options.hashKey !== void 0;
  const sizeOf2 = (field) => {
    const stored = input[`${field}_bytes`];
    return typeof stored === "number" ? stored : byteSize(input[field]);
  };
  const shapeOfField = (field) => {
    const stored = input[`${field}_shape`];
    return typeof stored === "object" && stored !== null ? stored : shapeOf(input[field], options.hashKey);
  };
  const errorOf = (text3, kind) => (content2 ? text3 : errorSummary(text3, kind)).slice(0, MAX_ERROR);
  switch (input.hook_event_name) {
    case "SessionStart":
      return [
        {
          ...base,
          type: "session.start",
          ...input.model ? { model: input.model } : {},
          ...input.source ? { trigger: input.source } : {}
        }
      ];
    case "SessionEnd":
      return [{ ...base, type: "session.end", ...input.reason ? { reason: input.reason } : {} }];
    case "UserPromptSubmit": {
      const text3 = input.prompt ?? "";
      return [
        {
          ...base,
          type: "prompt.submit",
          ...input.prompt_id ? { promptId: input.prompt_id } : {},
          textLength: input.prompt === void 0 && typeof input.prompt_length === "number" ? input.prompt_length : text3.length,
          ...content2 ? { text: text3 } : {}
        }
      ];
    }
    case "PreToolUse": {
      if (!input.tool_use_id || !input.tool_name) return [];
      return [
        {
          ...base,
          type: "tool.start",
          toolUseId: input.tool_use_id,
          toolName: input.tool_name,
          inputBytes: sizeOf2("tool_input"),
          ...content2 ? { input: input.tool_input } : {},
          ...shapes ? { inputShape: shapeOfField("tool_input") } : {}
        }
      ];
    }
    case "PostToolUse":
    case "PostToolUseFailure":
    case "PermissionDenied": {
      if (!input.tool_use_id || !input.tool_name) return [];
      const event = input.hook_event_name;
      const status = event === "PostToolUse" ? "ok" : event === "PermissionDenied" ? "denied" : input.is_interrupt === true ? "interrupted" : "error";
      const errorText = event === "PermissionDenied" ? input.reason : event === "PostToolUseFailure" ? input.error : void 0;
      const output = event === "PostToolUse" ? input.tool_response : void 0;
      const hasOutput = event === "PostToolUse" && (output !== void 0 || typeof input.tool_response_bytes === "number");
      const out = [
        {
          ...base,
          type: "tool.end",
          toolUseId: input.tool_use_id,
          toolName: input.tool_name,
          status,
          ...input.duration_ms !== void 0 ? { durationMs: input.duration_ms } : {},
          ...errorText ? { errorText: errorOf(errorText, status === "denied" ? "permission_denied" : void 0) } : {},
          ...hasOutput ? { outputBytes: sizeOf2("tool_response") } : {},
          ...content2 && output !== void 0 ? { output } : {},
          ...shapes && hasOutput ? { outputShape: shapeOfField("tool_response") } : {}
        }
      ];
      const spawn = agentSpawnFrom(input);
      if (spawn) out.push({ ...base, type: "agent.spawn", toolUseId: input.tool_use_id, ...spawn });
      return out;
    }
    case "Stop":
      return [{ ...base, type: "turn.end" }];
    case "StopFailure":
      return [
        {
          ...base,
          type: "turn.end",
          failed: true,
          ...input.error ? { error: errorOf(input.error) } : {}
        }
      ];
    case "SubagentStart": {
      const { agentId: _child, ...parent } = base;
      return [
        {
          ...parent,
          type: "agent.spawn",
          ...input.agent_id ? { spawnedAgentId: input.agent_id } : {},
          ...input.agent_type ? { subagentType: input.agent_type } : {}
        }
      ];
    }
    case "SubagentStop":
      return [
        {
          ...base,
          type: "subagent.stop",
          ...input.agent_transcript_path ? { agentTranscriptPath: input.agent_transcript_path } : {}
        }
      ];
    case "PreCompact":
      return [{ ...base, type: "session.compact", ...input.trigger ? { trigger: input.trigger } : {} }];
    default:
      return [];
  }
}
function agentSpawnFrom(input) {
  if (input.tool_name !== "Agent" && input.tool_name !== "Task") return void 0;
  const response = input.tool_response;
  if (typeof response !== "object" || response === null) return void 0;
  const r = response;
  if (typeof r.agentId !== "string" || r.agentId.length === 0) return void 0;
  const toolInput = typeof input.tool_input === "object" && input.tool_input !== null ? input.tool_input : {};
  return {
    spawnedAgentId: r.agentId,
    ...typeof toolInput.subagent_type === "string" ? { subagentType: toolInput.subagent_type } : {},
    ...typeof r.resolvedModel === "string" ? { model: r.resolvedModel } : {}
  };
}

// packages/core/src/merge-llm-responses.ts
function numericMax(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  return Math.max(a, b);
}
function mergeUsage(a, b) {
  const out = {
    input_tokens: numericMax(a.input_tokens, b.input_tokens),
    output_tokens: numericMax(a.output_tokens, b.output_tokens),
    cache_creation_input_tokens: numericMax(a.cache_creation_input_tokens, b.cache_creation_input_tokens),
    cache_read_input_tokens: numericMax(a.cache_read_input_tokens, b.cache_read_input_tokens)
  };
  if (a.cache_creation || b.cache_creation) {
    out.cache_creation = {
      ephemeral_5m_input_tokens: numericMax(
        a.cache_creation?.ephemeral_5m_input_tokens,
        b.cache_creation?.ephemeral_5m_input_tokens
      ),
      ephemeral_1h_input_tokens: numericMax(
        a.cache_creation?.ephemeral_1h_input_tokens,
        b.cache_creation?.ephemeral_1h_input_tokens
      )
    };
  }
  if (a.server_tool_use || b.server_tool_use) {
    out.server_tool_use = {
      web_search_requests: numericMax(
        a.server_tool_use?.web_search_requests,
        b.server_tool_use?.web_search_requests
      ),
      web_fetch_requests: numericMax(
        a.server_tool_use?.web_fetch_requests,
        b.server_tool_use?.web_fetch_requests
      )
    };
  }
  const speed = b.speed ?? a.speed;
  if (speed != null) out.speed = speed;
  const geo = b.inference_geo ?? a.inference_geo;
  if (geo != null) out.inference_geo = geo;
  const tier = b.service_tier ?? a.service_tier;
  if (tier != null) out.service_tier = tier;
  const ai = iterationsOf(a);
  const bi = iterationsOf(b);
  const iterations = bi && (!ai || (b.output_tokens ?? 0) >= (a.output_tokens ?? 0)) ? bi : ai;
  if (iterations) out.iterations = iterations;
  for (const k of Object.keys(out)) if (out[k] === void 0) delete out[k];
  return out;
}
function iterationsOf(usage) {
  const list = usage.iterations;
  return Array.isArray(list) && list.length > 0 ? list : void 0;
}
function llmKeyOf(entry) {
  return `${entry.messageId}\0${entry.requestId ?? ""}`;
}
function mergeLlmResponses(a, b) {
  const toolUses = [...a.toolUses];
  const seen = new Set(toolUses.map((t) => t.id));
  for (const t of b.toolUses) if (!seen.has(t.id)) toolUses.push(t);
  const later = (b.lastTimeMs ?? 0) >= (a.lastTimeMs ?? 0) ? b : a;
  const earlier = later === b ? a : b;
  const merged = {
    ...earlier,
    kind: "llm",
    usage: mergeUsage(a.usage, b.usage),
    toolUses,
    stopReason: later.stopReason ?? earlier.stopReason,
    model: a.model || b.model,
    requestedModel: a.requestedModel ?? b.requestedModel,
    requestRef: a.requestRef ?? b.requestRef,
    requestId: a.requestId ?? b.requestId,
    firstTimeMs: minDefined(a.firstTimeMs, b.firstTimeMs),
    lastTimeMs: numericMax(a.lastTimeMs, b.lastTimeMs),
    timeMs: minDefined(a.timeMs, b.timeMs),
    // A non-sidechain copy is the original; a sidechain copy may be a replay.
    isSidechain: a.isSidechain && b.isSidechain,
    agentId: a.agentId ?? b.agentId,
    apiError: a.apiError ?? b.apiError,
    attributionAgent: a.attributionAgent ?? b.attributionAgent,
    recordedCostUsd: a.recordedCostUsd ?? b.recordedCostUsd,
    records: a.records + b.records
  };
  const thinking = a.thinking ?? b.thinking;
  return thinking === void 0 ? merged : { ...merged, thinking };
}
function minDefined(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  return Math.min(a, b);
}

// packages/spec/src/sha256.ts
var K = new Uint32Array([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
var rotr = (x, n) => x >>> n | x << 32 - n;
function sha256(data) {
  const h = new Uint32Array([
    1779033703,
    3144134277,
    1013904242,
    2773480762,
    1359893119,
    2600822924,
    528734635,
    1541459225
  ]);
  const total = Math.ceil((data.length + 9) / 64) * 64;
  const block = new Uint8Array(total);
  block.set(data);
  block[data.length] = 128;
  const view = new DataView(block.buffer);
  const bits = data.length * 8;
  view.setUint32(total - 8, Math.floor(bits / 4294967296));
  view.setUint32(total - 4, bits >>> 0);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < total; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a2 = w[i - 15];
      const b2 = w[i - 2];
      const s0 = rotr(a2, 7) ^ rotr(a2, 18) ^ a2 >>> 3;
      const s1 = rotr(b2, 17) ^ rotr(b2, 19) ^ b2 >>> 10;
      w[i] = w[i - 16] + s0 + w[i - 7] + s1 | 0;
    }
    let a = h[0];
    let b = h[1];
    let c = h[2];
    let d = h[3];
    let e = h[4];
    let f = h[5];
    let g = h[6];
    let hh = h[7];
    for (let i = 0; i < 64; i++) {
      const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = e & f ^ ~e & g;
      const t1 = hh + S1 + ch + K[i] + w[i] | 0;
      const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = a & b ^ a & c ^ b & c;
      const t2 = S0 + maj | 0;
      hh = g;
      g = f;
      f = e;
      e = d + t1 | 0;
      d = c;
      c = b;
      b = a;
      a = t1 + t2 | 0;
    }
    h[0] = h[0] + a | 0;
    h[1] = h[1] + b | 0;
    h[2] = h[2] + c | 0;
    h[3] = h[3] + d | 0;
    h[4] = h[4] + e | 0;
    h[5] = h[5] + f | 0;
    h[6] = h[6] + g | 0;
    h[7] = h[7] + hh | 0;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i]);
  return out;
}
function hmacSha256(key, data) {
  const k = new Uint8Array(64);
  k.set(key.length > 64 ? sha256(key) : key);
  const inner = new Uint8Array(64 + data.length);
  const outer = new Uint8Array(64 + 32);
  for (let i = 0; i < 64; i++) {
    inner[i] = k[i] ^ 54;
    outer[i] = k[i] ^ 92;
  }
  inner.set(data, 64);
  outer.set(sha256(inner), 64);
  return sha256(outer);
}
var HEX2 = "0123456789abcdef";
function toHex(bytes) {
  let out = "";
  for (const b of bytes) out += HEX2[b >> 4] + HEX2[b & 15];
  return out;
}
function timingSafeEqualText(a, b) {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}

// packages/spec/src/agent-channel.ts
var CHANNEL_HEADER_TS = "x-glassbox-ts";
var CHANNEL_HEADER_NONCE = "x-glassbox-nonce";
var CHANNEL_HEADER_SIG = "x-glassbox-sig";
var CHANNEL_HEADER_DROP = "x-glassbox-drop";
var REQUEST_DROP_DIR = "requests";
var CHANNEL_MAX_SKEW_MS = 6e4;
var AGENT_KEY_FILE = "agent.key";
var AGENT_ENDPOINT_FILE = "agent.endpoint";
var encoder = new TextEncoder();
function utf8(text3) {
  return encoder.encode(text3);
}
function bodyDigest(body) {
  return toHex(sha256(typeof body === "string" ? utf8(body) : body));
}
function requestSigningText(method, path2, ts, nonce, bodySha256Hex) {
  return `GB1
${method}
${path2}
${ts}
${nonce}
${bodySha256Hex}`;
}
function replySigningText(nonce, status, bodySha256Hex) {
  return `GB1-reply
${nonce}
${status}
${bodySha256Hex}`;
}
function parseAgentKey(text3) {
  const hex = text3.endsWith("\n") ? text3.slice(0, -1) : text3;
  if (!/^[0-9a-f]{64}$/.test(hex)) return void 0;
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
function agentHomeOf(env) {
  if (env.GLASSBOX_HOME) return env.GLASSBOX_HOME;
  const config = env.CLAUDE_CONFIG_DIR || (env.HOME ? `${env.HOME.replace(/\/+$/, "")}/.claude` : void 0);
  return config ? `${config.replace(/\/+$/, "")}/glassbox` : void 0;
}
function parseAgentEndpoint(text3) {
  const fields = {};
  for (const line of text3.split("\n")) {
    const eq = line.indexOf("=");
    if (eq > 0) fields[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  const int = (v) => v !== void 0 && /^\d{1,15}$/.test(v) ? Number(v) : void 0;
  const port = int(fields.port);
  if (port === void 0 || port < 1 || port > 65535) return void 0;
  const pid = int(fields.pid);
  const startedMs = int(fields.started);
  return {
    port,
    ...pid !== void 0 ? { pid } : {},
    ...startedMs !== void 0 ? { startedMs } : {},
    ...fields.plugin ? { plugin: fields.plugin } : {}
  };
}
function formatAgentEndpoint(e) {
  return `port=${e.port}
` + (e.pid !== void 0 ? `pid=${e.pid}
` : "") + (e.startedMs !== void 0 ? `started=${e.startedMs}
` : "") + (e.plugin ? `plugin=${e.plugin}
` : "");
}
function signAgentRequest(options) {
  const nonceBytes = new Uint8Array(16);
  options.random(nonceBytes);
  const nonce = toHex(nonceBytes);
  const ts = String(Math.floor(options.nowMs));
  const text3 = requestSigningText(options.method, options.path, ts, nonce, bodyDigest(options.body ?? ""));
  return {
    nonce,
    headers: {
      [CHANNEL_HEADER_TS]: ts,
      [CHANNEL_HEADER_NONCE]: nonce,
      [CHANNEL_HEADER_SIG]: toHex(hmacSha256(options.key, utf8(text3)))
    }
  };
}
function verifyAgentReply(key, nonce, status, body, signature) {
  if (typeof signature !== "string" || signature.length !== 64) return false;
  const want = toHex(hmacSha256(key, utf8(replySigningText(nonce, status, bodyDigest(body)))));
  return timingSafeEqualText(want, signature);
}

// packages/spec/src/glassbox-error.ts
var GlassboxError = class _GlassboxError extends Error {
  name = "GlassboxError";
  code;
  retryable;
  data;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? false;
    this.data = options.data;
  }
  /** True for any GlassboxError, even one from another copy of this package. */
  static is(value, code) {
    if (typeof value !== "object" || value === null) return false;
    const v = value;
    return v.name === "GlassboxError" && typeof v.code === "string" && (code === void 0 || v.code === code);
  }
  /** Wraps anything thrown into a GlassboxError without losing it. */
  static from(value, code = "INTERNAL") {
    if (_GlassboxError.is(value)) return value;
    const message = value instanceof Error ? value.message : String(value);
    return new _GlassboxError(code, message, { cause: value });
  }
};

// packages/spec/src/export-all.ts
var DEFAULT_TIMEOUT_MS = 3e4;
async function exportAll(exporters, batch, options = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const settled = await Promise.allSettled(
    exporters.map((exporter) => withTimeout(callExport(exporter, batch), exporterName(exporter), timeoutMs))
  );
  return settled.map((outcome, index) => {
    const name = exporterName(exporters[index]);
    if (outcome.status === "fulfilled") return { name, result: outcome.value };
    return { name, result: failed("EXPORT_FAILED", `exporter "${name}" threw`, outcome.reason) };
  });
}
function callExport(exporter, batch) {
  try {
    return Promise.resolve(exporter.export(batch)).then(
      (result) => isExportResult(result) ? result : invalidResult(exporter, result),
      (reason) => failed("EXPORT_FAILED", `exporter "${exporterName(exporter)}" rejected`, reason)
    );
  } catch (error) {
    return Promise.resolve(failed("EXPORT_FAILED", `exporter "${exporterName(exporter)}" threw`, error));
  }
}
function withTimeout(work, name, timeoutMs) {
  if (!Number.isFinite(timeoutMs)) return work;
  return new Promise((resolve7) => {
    const timer = setTimeout(
      () => resolve7(failed("EXPORT_TIMEOUT", `exporter "${name}" did not answer within ${timeoutMs} ms`)),
      Math.max(0, timeoutMs)
    );
    timer.unref?.();
    work.then(
      (result) => {
        clearTimeout(timer);
        resolve7(result);
      },
      (reason) => {
        clearTimeout(timer);
        resolve7(failed("EXPORT_FAILED", `exporter "${name}" rejected`, reason));
      }
    );
  });
}
function isExportResult(value) {
  if (typeof value !== "object" || value === null) return false;
  const code = value.code;
  if (code === "success") return true;
  return code === "failed" && GlassboxError.is(value.error);
}
function invalidResult(exporter, value) {
  return failed("EXPORT_FAILED", `exporter "${exporterName(exporter)}" returned an invalid result`, value);
}
function failed(code, message, cause) {
  return {
    code: "failed",
    error: new GlassboxError(code, message, { cause, retryable: true }),
    retryable: true
  };
}
function exporterName(exporter) {
  try {
    const name = exporter?.name;
    return typeof name === "string" && name !== "" ? name : "unknown";
  } catch {
    return "unknown";
  }
}

// packages/spec/src/exporter.ts
var specificationVersion = "v1";

// packages/spec/src/exporter-option-spec.ts
function readExporterOptions(specs, env) {
  const options = {};
  const problems = [];
  for (const spec of specs) {
    const raw = spec.env === void 0 ? void 0 : env[spec.env]?.trim();
    if (raw === void 0 || raw === "") continue;
    try {
      options[spec.name] = parseOptionValue(spec, raw);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { options, problems };
}
function parseOptionValue(spec, raw) {
  const shown = spec.sensitive ? "a value" : JSON.stringify(raw);
  const invalid4 = (what) => new GlassboxError("INVALID_CONFIG", `${spec.env} (option ${spec.name}) must be ${what}, got ${shown}`);
  switch (spec.type) {
    case "string":
      return raw;
    case "number": {
      const n = Number(raw);
      if (!Number.isFinite(n)) throw invalid4("a number");
      return n;
    }
    case "boolean": {
      const v = raw.toLowerCase();
      if (v === "true" || v === "1" || v === "yes") return true;
      if (v === "false" || v === "0" || v === "no") return false;
      throw invalid4("true or false");
    }
    case "string[]":
      return raw.split(",").map((s) => s.trim()).filter(Boolean);
    case "record": {
      const record = {};
      for (const part of raw.split(",")) {
        if (!part.trim()) continue;
        const at = part.indexOf("=");
        if (at <= 0) throw invalid4("key=value pairs separated by commas");
        let value = part.slice(at + 1).trim();
        try {
          value = decodeURIComponent(value);
        } catch {
        }
        record[part.slice(0, at).trim()] = value;
      }
      return record;
    }
  }
}
function isExporterOptionSpecs(value) {
  const types = /* @__PURE__ */ new Set(["string", "number", "boolean", "string[]", "record"]);
  return Array.isArray(value) && value.every(
    (s) => typeof s === "object" && s !== null && typeof s.name === "string" && types.has(s.type) && (s.env === void 0 || typeof s.env === "string") && typeof s.sensitive === "boolean" && typeof s.description === "string"
  );
}

// packages/core/src/signal-metrics.ts
var SIGNAL_METRIC_DEFINITIONS = {
  "claude.lines_of_code.count": {
    kind: "sum",
    description: "Lines of code added and removed by edits (type: added, removed; tool, language)",
    unit: "{line}"
  },
  "claude.commit.count": { kind: "sum", description: "Git commits created by Bash calls", unit: "{commit}" },
  "claude.pull_request.count": {
    kind: "sum",
    description: "Pull requests created by Bash calls (gh pr create)",
    unit: "{pull_request}"
  },
  "claude.active_time.total": {
    kind: "sum",
    description: "Active time (type: cli = turns running, user = before a prompt, each pause at most 5 min)",
    unit: "s"
  },
  "claude.api.errors_total": {
    kind: "sum",
    description: "Failed API requests (every attempt; retrying: whether Claude Code retried it)",
    unit: "{error}"
  },
  "claude.api.retries_total": { kind: "sum", description: "API requests retried", unit: "{retry}" },
  "claude.api.refusals_total": {
    kind: "sum",
    description: "Responses the model refused (stop reason refusal)",
    unit: "{response}"
  },
  "claude.hook.executions_total": {
    kind: "sum",
    description: "Hook runs by hook event and outcome",
    unit: "{run}"
  },
  "claude.mcp.connections_total": {
    kind: "sum",
    description: "MCP server connections by server and status",
    unit: "{connection}"
  },
  "claude.skill.activations_total": {
    kind: "sum",
    description: "Skills activated (the Skill tool)",
    unit: "{activation}"
  }
};
var str2 = (v) => typeof v === "string" && v.length > 0 ? v : void 0;
var num2 = (v) => typeof v === "number" && Number.isFinite(v) && v > 0 ? v : 0;
function signalIncrements(log) {
  const a = log.attributes;
  const out = [];
  const put2 = (name, attributes, value) => {
    if (value <= 0) return;
    const attrs = {};
    for (const [k, v] of Object.entries(attributes)) if (v !== void 0) attrs[k] = v;
    out.push({ name, attributes: attrs, value });
  };
  switch (log.event) {
    case "code_edit": {
      const labels = { tool: str2(a.toolName) ?? "unknown", language: str2(a.language) ?? "other" };
      put2("claude.lines_of_code.count", { ...labels, type: "added" }, num2(a.linesAdded));
      put2("claude.lines_of_code.count", { ...labels, type: "removed" }, num2(a.linesRemoved));
      break;
    }
    case "commit":
      put2("claude.commit.count", {}, num2(a.commits));
      break;
    case "pull_request":
      put2("claude.pull_request.count", {}, num2(a.pullRequests));
      break;
    case "active_time":
      put2("claude.active_time.total", { type: "cli" }, num2(a.cliSeconds));
      put2("claude.active_time.total", { type: "user" }, num2(a.userSeconds));
      break;
    case "api_error": {
      const labels = { model: str2(a.model) ?? "unknown", status_code: str2(a.statusCode) ?? "unknown" };
      put2("claude.api.errors_total", { ...labels, retrying: String(a.retrying === true) }, 1);
      if (a.retrying === true) put2("claude.api.retries_total", labels, 1);
      break;
    }
    case "api_refusal":
      put2("claude.api.refusals_total", { model: str2(a.model) ?? "unknown" }, 1);
      break;
    case "hook_execution":
      put2(
        "claude.hook.executions_total",
        { hook_event: str2(a.hookEvent) ?? "unknown", outcome: str2(a.outcome) ?? "unknown" },
        1
      );
      break;
    case "mcp_server_connection":
      put2(
        "claude.mcp.connections_total",
        { "mcp_server.name": str2(a.mcpServer) ?? "unknown", status: str2(a.status) ?? "unknown" },
        1
      );
      break;
    case "skill_activated":
      put2("claude.skill.activations_total", { "skill.name": str2(a.skill), "plugin.name": str2(a.plugin) }, 1);
      break;
    default:
      break;
  }
  return out;
}

// packages/core/src/metric-definitions.ts
var LATENCY_MS_BOUNDARIES = [
  5,
  10,
  25,
  50,
  100,
  250,
  500,
  1e3,
  2500,
  5e3,
  1e4,
  3e4,
  6e4,
  12e4,
  3e5,
  6e5
];
var GEN_AI_TOKEN_BOUNDARIES = [
  1,
  4,
  16,
  64,
  256,
  1024,
  4096,
  16384,
  65536,
  262144,
  1048576,
  4194304,
  16777216,
  67108864
];
var GEN_AI_DURATION_BOUNDARIES = [
  0.01,
  0.02,
  0.04,
  0.08,
  0.16,
  0.32,
  0.64,
  1.28,
  2.56,
  5.12,
  10.24,
  20.48,
  40.96,
  81.92
];
var METRIC_DEFINITIONS = {
  "claude.session.count": { kind: "sum", description: "Sessions", unit: "{session}" },
  "claude.tool.calls_total": {
    kind: "sum",
    description: "Tool calls by tool and success",
    unit: "{call}"
  },
  "claude.tool.errors_total": {
    kind: "sum",
    description: "Failed tool calls (status: error, denied, interrupted)",
    unit: "{call}"
  },
  "claude.tool.latency_ms": {
    kind: "histogram",
    description: "Tool call duration",
    unit: "ms",
    boundaries: LATENCY_MS_BOUNDARIES
  },
  "claude.llm.calls_total": {
    kind: "sum",
    description: "Model requests by model and success",
    unit: "{request}"
  },
  "claude.tokens.input": {
    kind: "sum",
    description: "Input tokens by model and type (uncached, cache_read, cache_write_5m, cache_write_1h)",
    unit: "{token}"
  },
  "claude.tokens.output": { kind: "sum", description: "Output tokens by model", unit: "{token}" },
  "claude.cost.usd": { kind: "sum", description: "Cost of model requests with a known price", unit: "USD" },
  "claude.response.latency": {
    kind: "histogram",
    description: "Time to first token of a model request (its duration when unknown)",
    unit: "ms",
    boundaries: LATENCY_MS_BOUNDARIES
  },
  "gen_ai.client.token.usage": {
    kind: "histogram",
    description: "Tokens per model request (input includes cache reads and writes)",
    unit: "{token}",
    boundaries: GEN_AI_TOKEN_BOUNDARIES
  },
  "gen_ai.client.operation.duration": {
    kind: "histogram",
    description: "Model request duration",
    unit: "s",
    boundaries: GEN_AI_DURATION_BOUNDARIES
  },
  ...SIGNAL_METRIC_DEFINITIONS
};

// packages/core/src/metric-series.ts
function series(store, name, attributes) {
  let byKey = store.get(name);
  if (!byKey) {
    byKey = /* @__PURE__ */ new Map();
    store.set(name, byKey);
  }
  const key = attributeKey(attributes);
  let s = byKey.get(key);
  if (!s) {
    s = { attributes, value: 0 };
    byKey.set(key, s);
  }
  return s;
}
function attributeKey(attributes) {
  return JSON.stringify(
    Object.keys(attributes).sort().map((k) => [k, attributes[k]])
  );
}

// packages/core/src/metrics-registry.ts
var TOOL_ORIGIN_KEYS = ["mcp_server.name", "plugin.name", "skill.name"];
function withoutSessionOnly(attributes) {
  if (!SESSION_ONLY_ATTRIBUTES.some((k) => k in attributes)) return attributes;
  const out = { ...attributes };
  for (const k of SESSION_ONLY_ATTRIBUTES) delete out[k];
  return out;
}
var MetricsRegistry = class _MetricsRegistry {
  #recorded = /* @__PURE__ */ new Set();
  #base;
  #cumulative = /* @__PURE__ */ new Map();
  #delta = /* @__PURE__ */ new Map();
  #startTimeMs;
  #deltaStartMs;
  constructor(options = {}) {
    this.#base = { ...options.attributes ?? {} };
    this.#startTimeMs = options.startTimeMs;
  }
  /** True when the registry itself lists the span as counted (see `recordSpans`' `counted`). */
  has(spanId) {
    return this.#recorded.has(spanId);
  }
  /** How many span ids the registry itself keeps (`has`, `toJSON().recorded`). */
  get recordedCount() {
    return this.#recorded.size;
  }
  /** True while there is no cumulative total (nothing recorded or restored). */
  get empty() {
    return this.#cumulative.size === 0;
  }
  /**
   * Records each span not counted before; spans without a `glassbox.span.type` are ignored. Returns the ids
   * added to the set that says what was counted: `counted` when given, else the registry's own.
   *
   * With `counted` (the ids one session's spans contributed, which the caller keeps and persists with the
   * session), the registry keeps no id: a span is counted unless `counted` has it. An id the registry still
   * lists (restored from a state written before `counted` existed) moves to `counted` without being counted
   * again.
   */
  recordSpans(spans, attributes = {}, counted = this.#recorded) {
    const added = [];
    const own2 = counted === this.#recorded;
    for (const span of spans) {
      const id = span.spanId;
      if (counted.has(id)) continue;
      const type = span.attributes["glassbox.span.type"];
      if (typeof type !== "string") continue;
      counted.add(id);
      added.push(id);
      if (!own2 && this.#recorded.delete(id)) continue;
      this.#startTimeMs ??= span.endTimeMs;
      this.#deltaStartMs ??= this.#startTimeMs;
      const base = { ...this.#base, ...attributes };
      if (type === "session") this.#add("claude.session.count", base, 1);
      else if (type === "tool") this.#recordTool(span, withoutSessionOnly(base));
      else if (type === "llm") this.#recordLlm(span, withoutSessionOnly(base));
    }
    return added;
  }
  /**
   * Records the derived-signal log records (`traceToSignals`) not counted before, by log record id, exactly as
   * `recordSpans` records spans (same `counted` set); other records are ignored. Returns the ids added.
   */
  recordLogs(logs, attributes = {}, counted = this.#recorded) {
    const added = [];
    const own2 = counted === this.#recorded;
    for (const log of logs) {
      if (counted.has(log.id)) continue;
      const increments = signalIncrements(log);
      if (increments.length === 0) continue;
      counted.add(log.id);
      added.push(log.id);
      if (!own2 && this.#recorded.delete(log.id)) continue;
      this.#startTimeMs ??= log.timeMs;
      this.#deltaStartMs ??= this.#startTimeMs;
      const base = withoutSessionOnly({ ...this.#base, ...attributes });
      for (const i of increments) this.#add(i.name, { ...base, ...i.attributes }, i.value);
    }
    return added;
  }
  #recordTool(span, base) {
    const a = span.attributes;
    const tool = str3(a["gen_ai.tool.name"]) ?? "unknown";
    const status = str3(a["glassbox.tool.status"]) ?? (span.status.code === "error" ? "error" : "ok");
    const ok = status === "ok";
    const origin = {};
    for (const key of TOOL_ORIGIN_KEYS) {
      const value = str3(a[key]);
      if (value) origin[key] = value;
    }
    this.#add("claude.tool.calls_total", { ...base, ...origin, tool, success: String(ok) }, 1);
    if (!ok) this.#add("claude.tool.errors_total", { ...base, tool, status }, 1);
    const duration = num3(a["glassbox.tool.duration_ms"]) ?? span.endTimeMs - span.startTimeMs;
    this.#observe("claude.tool.latency_ms", { ...base, tool }, Math.max(0, duration));
  }
  #recordLlm(span, base) {
    const a = span.attributes;
    const model = str3(a["gen_ai.request.model"]) ?? "unknown";
    const responseModel = str3(a["gen_ai.response.model"]) ?? model;
    const failed5 = span.status.code === "error";
    this.#add("claude.llm.calls_total", { ...base, model, success: String(!failed5) }, 1);
    const uncached = num3(a["glassbox.usage.uncached_input_tokens"]) ?? 0;
    const cacheRead = num3(a["gen_ai.usage.cache_read.input_tokens"]) ?? 0;
    const write5m = num3(a["glassbox.usage.cache_creation.5m.input_tokens"]) ?? 0;
    const write1h = num3(a["glassbox.usage.cache_creation.1h.input_tokens"]) ?? 0;
    const output = num3(a["gen_ai.usage.output_tokens"]) ?? 0;
    for (const [type, value] of [
      ["uncached", uncached],
      ["cache_read", cacheRead],
      ["cache_write_5m", write5m],
      ["cache_write_1h", write1h]
    ]) {
      if (value > 0) this.#add("claude.tokens.input", { ...base, model, type }, value);
    }
    if (output > 0) this.#add("claude.tokens.output", { ...base, model }, output);
    const cost = num3(a["glassbox.cost.usd"]);
    if (cost !== void 0 && a["glassbox.cost.known"] === true)
      this.#add("claude.cost.usd", { ...base, model }, cost);
    const durationMs = Math.max(0, span.endTimeMs - span.startTimeMs);
    const ttftS = num3(a["gen_ai.response.time_to_first_chunk"]);
    this.#observe(
      "claude.response.latency",
      { ...base, model },
      ttftS !== void 0 ? ttftS * 1e3 : durationMs
    );
    const genai = {
      ...base,
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": "anthropic",
      "gen_ai.request.model": model,
      "gen_ai.response.model": responseModel
    };
    const semconvInput = num3(a["gen_ai.usage.input_tokens"]) ?? uncached + cacheRead + write5m + write1h;
    this.#observe("gen_ai.client.token.usage", { ...genai, "gen_ai.token.type": "input" }, semconvInput);
    this.#observe("gen_ai.client.token.usage", { ...genai, "gen_ai.token.type": "output" }, output);
    this.#observe(
      "gen_ai.client.operation.duration",
      failed5 ? { ...genai, "error.type": str3(a["error.type"]) ?? "error" } : genai,
      durationMs / 1e3
    );
  }
  #add(name, attributes, value) {
    for (const store of [this.#cumulative, this.#delta]) series(store, name, attributes).value += value;
  }
  #observe(name, attributes, value) {
    const def = METRIC_DEFINITIONS[name];
    for (const store of [this.#cumulative, this.#delta]) {
      const s = series(store, name, attributes);
      const h = s.hist ??= {
        count: 0,
        sum: 0,
        min: Number.POSITIVE_INFINITY,
        max: Number.NEGATIVE_INFINITY,
        buckets: new Array(def.boundaries.length + 1).fill(0)
      };
      h.count += 1;
      h.sum += value;
      h.min = Math.min(h.min, value);
      h.max = Math.max(h.max, value);
      let i = 0;
      while (i < def.boundaries.length && value > def.boundaries[i]) i += 1;
      h.buckets[i] += 1;
    }
  }
  /**
   * The metrics now. `cumulative`: totals since `startTimeMs`. `delta`: what was recorded since the last
   * delta collection (which this call resets).
   */
  collect(nowMs, temporality) {
    this.#startTimeMs ??= nowMs;
    let store;
    let startTimeMs;
    if (temporality === "delta") {
      store = this.#delta;
      startTimeMs = this.#deltaStartMs ?? this.#startTimeMs;
      this.#delta = /* @__PURE__ */ new Map();
      this.#deltaStartMs = nowMs;
    } else {
      store = this.#cumulative;
      startTimeMs = this.#startTimeMs;
    }
    const out = [];
    for (const [name, def] of Object.entries(METRIC_DEFINITIONS)) {
      const all = store.get(name);
      if (!all || all.size === 0) continue;
      if (def.kind === "sum") {
        const points = [...all.values()].map((s) => ({
          attributes: s.attributes,
          startTimeMs,
          timeMs: nowMs,
          value: s.value
        }));
        out.push({
          kind: "sum",
          name,
          description: def.description,
          unit: def.unit,
          temporality,
          monotonic: true,
          points
        });
      } else {
        const points = [...all.values()].filter((s) => s.hist).map((s) => ({
          attributes: s.attributes,
          startTimeMs,
          timeMs: nowMs,
          count: s.hist.count,
          sum: s.hist.sum,
          min: s.hist.min,
          max: s.hist.max,
          bucketCounts: [...s.hist.buckets]
        }));
        out.push({
          kind: "histogram",
          name,
          description: def.description,
          unit: def.unit,
          temporality,
          boundaries: def.boundaries,
          points
        });
      }
    }
    return out;
  }
  toJSON() {
    const cumulative = [];
    for (const [name, all] of this.#cumulative)
      for (const s of all.values())
        cumulative.push({
          name,
          attributes: s.attributes,
          value: s.value,
          ...s.hist ? { hist: { ...s.hist, buckets: [...s.hist.buckets] } } : {}
        });
    return {
      version: 1,
      ...this.#startTimeMs !== void 0 ? { startTimeMs: this.#startTimeMs } : {},
      recorded: [...this.#recorded],
      cumulative
    };
  }
  /** Restores a registry saved with `toJSON`. Rejects a state of another shape with `INVALID_INPUT`. */
  static fromJSON(state, options = {}) {
    const s = state;
    if (!s || typeof s !== "object" || s.version !== 1 || !Array.isArray(s.recorded) || !Array.isArray(s.cumulative))
      throw new GlassboxError("INVALID_INPUT", "not a saved MetricsRegistry state (version 1)");
    const registry = new _MetricsRegistry({
      ...options,
      startTimeMs: options.startTimeMs ?? (typeof s.startTimeMs === "number" ? s.startTimeMs : void 0)
    });
    for (const id of s.recorded) if (typeof id === "string") registry.#recorded.add(id);
    for (const item of s.cumulative) {
      const def = METRIC_DEFINITIONS[item?.name];
      if (!def || typeof item.value !== "number") continue;
      const entry = series(registry.#cumulative, item.name, item.attributes ?? {});
      entry.value = item.value;
      if (def.kind === "histogram" && item.hist && item.hist.buckets?.length === def.boundaries.length + 1)
        entry.hist = { ...item.hist, buckets: [...item.hist.buckets] };
    }
    registry.#deltaStartMs = registry.#startTimeMs;
    return registry;
  }
};
var str3 = (v) => typeof v === "string" ? v : void 0;
var num3 = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;

// packages/core/src/secret-rules.ts
var tag = (kind) => `[REDACTED:${kind}]`;
var PREFIXED = [
  ["anthropic_key", "sk-ant-(?:api|admin|oat|ort)\\d{2}-[A-Za-z0-9_-]{20,}|sk-ant-[A-Za-z0-9_-]{20,}"],
  [
    "openai_key",
    "sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}"
  ],
  ["github_token", "gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,}"],
  [
    "gitlab_token",
    "gl(?:pat|dt|ptt|rt|cbt|imt|oas|soat|ffct|ft|agent|wt|sa)-[A-Za-z0-9_.-]{20,}|GR1348941[A-Za-z0-9_-]{20,}"
  ],
  ["npm_token", "npm_[A-Za-z0-9]{36}"],
  ["huggingface_token", "hf_[A-Za-z]{34}|api_org_[A-Za-z]{34}"],
  ["sendgrid_key", "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}"],
  ["databricks_token", "dapi[a-f0-9]{32}(?:-\\d)?"],
  ["slack_token", "xox[abposre]-[A-Za-z0-9-]{10,}|xapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]+"],
  ["stripe_key", "(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,}|whsec_[A-Za-z0-9]{20,}"],
  ["aws_access_key", "(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA)[A-Z0-9]{16}(?![A-Za-z0-9])"],
  ["google_api_key", "AIza[A-Za-z0-9_-]{35}"],
  ["google_oauth", "ya29\\.[A-Za-z0-9_-]{20,}|GOCSPX-[A-Za-z0-9_-]{28}"],
  ["azure_ad_secret", "[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}"],
  ["digitalocean_token", "do[por]_v1_[a-f0-9]{64}"],
  ["shopify_token", "shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"],
  ["pypi_token", "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}"],
  ["rubygems_token", "rubygems_[a-f0-9]{48}"],
  ["postman_key", "PMAK-[a-f0-9]{24}-[a-f0-9]{34}"],
  ["newrelic_key", "NR(?:AK|JS|II)-[A-Za-z0-9]{19,32}"],
  ["linear_key", "lin_api_[A-Za-z0-9]{40}"],
  ["planetscale_token", "pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}"],
  ["doppler_token", "dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44}"],
  ["vault_token", "hv[sb]\\.[A-Za-z0-9_-]{24,}"],
  ["terraform_token", "[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}"],
  ["grafana_token", "gl(?:c|sa)_[A-Za-z0-9_+/=-]{32,}|eyJrIjoi[A-Za-z0-9+/=]{40,}"],
  ["atlassian_token", "ATATT3[A-Za-z0-9_=-]{100,}"],
  ["alibaba_key", "LTAI[A-Za-z0-9]{20}"],
  ["age_secret_key", "AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"],
  ["onepassword_token", "ops_eyJ[A-Za-z0-9+/]{250,}={0,3}"],
  ["sentry_token", "sntr[ysu]_[A-Za-z0-9+/=_-]{40,}"],
  ["twilio_key", "SK[0-9a-f]{32}(?![A-Za-z0-9])"],
  ["square_token", "sq0(?:atp|csp)-[A-Za-z0-9_-]{22,43}|EAAA[A-Za-z0-9_-]{60}"],
  ["mailchimp_key", "[0-9a-f]{32}-us\\d{1,2}(?![A-Za-z0-9])"],
  ["mailgun_key", "(?:pub)?key-[0-9a-f]{32}"],
  ["sendinblue_key", "xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}"],
  ["heroku_key", "HRKU-[A-Za-z0-9_-]{60}"],
  ["flyio_token", "fo1_[A-Za-z0-9_-]{43}|fm[12][ar]?_[A-Za-z0-9+/=]{100,}"],
  ["sourcegraph_token", "sgp_(?:[a-f0-9]{16}_)?[a-f0-9]{40}"],
  ["prefect_key", "pnu_[A-Za-z0-9]{36}"],
  ["pulumi_token", "pul-[a-f0-9]{40}"],
  ["readme_key", "rdme_[a-z0-9]{70}"],
  ["dynatrace_token", "dt0c01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}"],
  ["easypost_key", "EZ[AT]K[A-Za-z0-9]{54}"],
  ["flutterwave_key", "FLW(?:PUBK|SECK)_TEST-[a-h0-9]{32}-X"],
  ["frameio_token", "fio-u-[A-Za-z0-9_=-]{64}"],
  ["duffel_token", "duffel_(?:test|live)_[A-Za-z0-9_=-]{43}"],
  ["clojars_token", "CLOJARS_[A-Za-z0-9]{60}"],
  ["infracost_key", "ico-[A-Za-z0-9]{32}"],
  ["scalingo_token", "tk-us-[A-Za-z0-9_-]{48}"],
  ["openshift_token", "sha256~[A-Za-z0-9_-]{43}"],
  ["harness_token", "pat\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}"],
  ["octopus_key", "API-[A-Z0-9]{26}"],
  ["artifactory_key", "AKCp[A-Za-z0-9]{69}|cmVmd[A-Za-z0-9]{59}"],
  ["facebook_token", "EAA[MC][A-Za-z0-9]{100,}"],
  ["mapbox_token", "[ps]k\\.eyJ[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{20,}"],
  ["perplexity_key", "pplx-[A-Za-z0-9]{48}"],
  ["xai_key", "xai-[A-Za-z0-9]{80}"],
  ["groq_key", "gsk_[A-Za-z0-9]{52}"],
  ["langsmith_key", "lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}"],
  ["notion_token", "ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}"],
  ["telegram_token", "[0-9]{5,16}:AA[A-Za-z0-9_-]{33}"],
  [
    "discord_webhook",
    "https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]{5,20}/[A-Za-z0-9_-]{20,}"
  ],
  ["slack_webhook", "https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_-]{20,}"],
  ["jwt", "eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"]
];
var WORD_START = "(?:\\b|(?<=\\\\[nrt]))";
var PREFIXED_PATTERN = new RegExp(
  `${WORD_START}(?:${PREFIXED.map(([, source]) => source).join("|")})`,
  "g"
);
var PREFIXED_KINDS = PREFIXED.map(([kind, source]) => [kind, new RegExp(`^(?:${source})$`)]);
var SECRET_WORDS = "PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API[_-]?KEY|APIKEY|ACCESS[_-]?KEY|PRIVATE[_-]?KEY|AUTH[_-]?KEY|SIGNING[_-]?KEY|ENCRYPTION[_-]?KEY|MASTER[_-]?KEY|CREDENTIALS?|CREDS|CONNECTION[_-]?STRING|DSN";
var SHORT_WORDS = "PASS|PWD|PW|AUTH|KEY|SALT|COOKIE|SESSION[_-]?ID";
var PLACEHOLDER = /^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\$\([^)]*\)|\{\{[^}]*\}\}|<[^>]*>|%[A-Za-z_]+%|true|false|null|none|nil|undefined|\*+|x+|\[REDACTED[^\]]*\]|process\.env\.[A-Za-z0-9_]+|os\.environ.*)$/i;
var WEAK_NAME = /(?:^|[^A-Za-z])(?:KEY|AUTH|PW)$/i;
var STRONG_NAME = new RegExp(`(?:${SECRET_WORDS})$`, "i");
var STRONG_VALUE = /^(?=[^\s]{12,}$)(?=.*\d)(?=.*[A-Za-z])/;
var secretValue = (value) => !PLACEHOLDER.test(value.trim());
var SECRET_RULES = [
  {
    kind: "private_key",
    pattern: /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]{0,20000}?-----END[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----|[\s\S]{0,8192})/g,
    replace: () => tag("private_key")
  },
  {
    kind: "prefixed",
    pattern: PREFIXED_PATTERN,
    replace: (match) => {
      for (const [kind, exact] of PREFIXED_KINDS) if (exact.test(match)) return tag(kind);
      return tag("token");
    }
  },
  {
    kind: "url_credentials",
    pattern: /\b([a-z][a-z0-9+.-]{0,20}:\/\/)([^\s:/@'"`]{0,256}):([^\s@/'"`]{1,256})@/gi,
    replace: (_m, scheme, user) => `${scheme}${user}:${tag("password")}@`
  },
  {
    // Azure storage / Service Bus connection strings and SAS signatures.
    kind: "azure_key",
    pattern: /\b((?:AccountKey|SharedAccessKey|SharedSecretValue)=|[?&]sig=)([A-Za-z0-9+/%=]{16,200})/gi,
    replace: (_m, head2) => `${head2}${tag("azure_key")}`
  },
  {
    kind: "aws_secret",
    pattern: /\b(aws_?secret_?access_?key|aws_?secret)(["']?\s*[=:]\s*["']?)[A-Za-z0-9/+=]{40}/gi,
    replace: (_m, name, sep3) => `${name}${sep3}${tag("aws_secret")}`
  },
  {
    // Real tokens carry a digit; the lookahead spares prose such as "Bearer authentication".
    kind: "bearer",
    pattern: /\b(Bearer|Basic|Token)(\s+)(?=[A-Za-z._~+/=-]{0,4096}[0-9])[A-Za-z0-9._~+/=-]{8,}/g,
    replace: (_m, scheme, space) => `${scheme}${space}${tag("credential")}`
  },
  {
    kind: "authorization",
    pattern: /\b((?:proxy-)?authorization["']?[ \t]*[:=][ \t]*["']?(?:(?!Bearer\b|Basic\b)[A-Za-z]{1,20}[ \t]+)?)(?!\[REDACTED)([^\s"'`,;]{8,})/gi,
    replace: (_m, head2) => `${head2}${tag("credential")}`
  },
  {
    // curl/wget -u user:password, --user user:password (the user stays).
    kind: "cli_user",
    pattern: /(^|\s)(-u|--user|--proxy-user)([ \t]+|=)(["']?)([^\s:"'`]{1,256}):([^\s"'`]{1,256})/g,
    replace: (_m, pre, flag, sep3, q, user) => `${pre}${flag}${sep3}${q}${user}:${tag("password")}`
  },
  {
    // --password X, --password=X, --token X, --api-key=X … (quoted values may hold spaces).
    kind: "cli_flag",
    pattern: /(^|\s)(--?(?:[A-Za-z0-9]{1,30}-)?(?:password|passwd|pass|pwd|token|secret|api-?key|access-key|auth-token|client-secret|private-key))([ \t]+|=)(?!-)("[^"\n]{1,4096}"|'[^'\n]{1,4096}'|(?:[^\s"'`\\]|\\(?![nrt"])){1,4096})/gi,
    replace: (m, pre, flag, sep3, value) => secretValue(value.replace(/^["']|["']$/g, "")) ? `${pre}${flag}${sep3}${tag("password")}` : m
  },
  {
    // mysql -pPASS (the password glued to -p), sshpass -p PASS.
    kind: "cli_glued_password",
    pattern: /(?:\b|(?<=\\[nrt]))((?:mysql\w*|mariadb\w*|mycli)\b[^\n]{0,300}?\s-p)("[^"\n]{1,256}"|'[^'\n]{1,256}'|[^\s"'`\\]{1,256})|\b(sshpass[ \t]+-p[ \t]*)("[^"\n]{1,256}"|'[^'\n]{1,256}'|[^\s"'`]{1,256})/g,
    replace: (_m, a, _v, b) => `${a ?? b ?? ""}${tag("password")}`
  },
  {
    // NAME=value, NAME: value, "name": "value", name := value where the name says secret. Quoted values may hold
    // spaces and commas. The lookbehind keeps start positions to name starts; the name length is bounded.
    kind: "assignment",
    pattern: new RegExp(
      `(?:(?<![A-Za-z0-9_.-])|(?<=\\\\[nrt]))((?:[A-Za-z0-9_.-]{0,64}?(?:${SECRET_WORDS})|(?:[A-Za-z0-9.-]{0,64}[_.-])?(?:${SHORT_WORDS}))(?![A-Za-z0-9]))(\\\\?["']?[ \\t]*(?::=|=>|[=:])[ \\t]*)(\\\\"[^"\\n]{1,4096}\\\\"|"[^"\\n]{1,4096}"|'[^'\\n]{1,4096}'|<[^<>\\n]{1,200}>|(?:[^\\s"'\`,;)}\\]\\\\]|\\\\(?![nrt"])){1,4096})`,
      "gi"
    ),
    replace: (m, name, sep3, value) => {
      const quote2 = value.startsWith('\\"') ? '\\"' : value[0] === '"' || value[0] === "'" ? value[0] : "";
      const inner = quote2 ? value.slice(quote2.length, -quote2.length) : value;
      if (!secretValue(inner) || inner.startsWith("[REDACTED")) return m;
      if (WEAK_NAME.test(name) && !STRONG_NAME.test(name) && !STRONG_VALUE.test(inner)) return m;
      return `${name}${sep3}${quote2}${tag("secret")}${quote2}`;
    }
  }
];
var SECRET_KEY = /^(?:[A-Za-z0-9_.-]*[_.-])?(?:password|passwd|passphrase|pass|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|authorization|auth|credentials?|creds|cookie|connection[_-]?string|dsn)$|(?:password|secret|token|apikey|passphrase)$/i;

// packages/core/src/redact-secrets.ts
var DEFAULTS = { maxStringLength: 262144, maxDepth: 32, maxNodes: 1e5 };
function redactString(input, options = {}) {
  try {
    const max = options.maxStringLength ?? DEFAULTS.maxStringLength;
    let s = input;
    if (s.length > max) s = `${s.slice(0, max)}\u2026[TRUNCATED ${s.length - max} chars]`;
    for (const rule of SECRET_RULES) {
      rule.pattern.lastIndex = 0;
      s = s.replace(rule.pattern, rule.replace);
    }
    return s;
  } catch {
    return tag("unredactable");
  }
}
function redactSecrets(value, options = {}) {
  const maxDepth = options.maxDepth ?? DEFAULTS.maxDepth;
  const budget = { nodes: options.maxNodes ?? DEFAULTS.maxNodes };
  const seen = /* @__PURE__ */ new WeakSet();
  const walk = (v, depth, key) => {
    if (budget.nodes-- <= 0) return "[TRUNCATED]";
    if (typeof v === "string") {
      if (key !== void 0 && SECRET_KEY.test(key) && v.length > 0) return tag("secret");
      return redactString(v, options);
    }
    if (v === null || typeof v !== "object") return typeof v === "function" ? void 0 : v;
    if (depth >= maxDepth) return "[TRUNCATED]";
    if (seen.has(v)) return "[Circular]";
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map((item) => walk(item, depth + 1));
      if (v instanceof Date) return v.toISOString();
      const out = {};
      for (const [k, item] of Object.entries(v)) out[k] = walk(item, depth + 1, k);
      return out;
    } finally {
      seen.delete(v);
    }
  };
  try {
    return walk(value, 0);
  } catch {
    return tag("unredactable");
  }
}

// packages/core/src/request-agent.ts
import { randomFillSync } from "node:crypto";
async function requestAgent(options) {
  const { request } = await import("node:http");
  const method = options.method ?? (options.body === void 0 ? "GET" : "POST");
  const signed = options.key ? signAgentRequest({
    key: options.key,
    method,
    path: options.path,
    body: options.body ?? "",
    nowMs: Date.now(),
    random: (b) => randomFillSync(b)
  }) : void 0;
  const body = options.body ?? "";
  const headers = {
    ...options.body !== void 0 ? { "content-type": "application/json" } : {},
    ...signed?.headers,
    "content-length": String(Buffer.byteLength(body)),
    ...options.headers
  };
  return new Promise((resolve7) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: options.port,
        path: options.path,
        method,
        headers,
        timeout: options.timeoutMs ?? 1e3
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("error", () => resolve7(void 0));
        res.on("end", () => {
          const text3 = Buffer.concat(chunks).toString("utf8");
          const status = res.statusCode ?? 0;
          const sig = res.headers[CHANNEL_HEADER_SIG];
          let json;
          try {
            json = text3 ? JSON.parse(text3) : void 0;
          } catch {
            json = void 0;
          }
          const verified2 = signed !== void 0 && options.key !== void 0 && verifyAgentReply(
            options.key,
            signed.nonce,
            status,
            text3,
            typeof sig === "string" ? sig : void 0
          );
          resolve7({ status, text: text3, json, verified: verified2 });
        });
      }
    );
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve7(void 0));
    req.end(body);
  });
}
var AGENT_ENTRY_PATTERN = /(?:^|\/)(?:agent\.mjs|glassbox-agent|agent\/dist\/main\.js)$/;

// packages/core/src/session-scopes.ts
var MAX_DEPTH2 = 16;
var SessionScopes = class {
  #cursors = /* @__PURE__ */ new Map();
  #responses = /* @__PURE__ */ new Map();
  #tools = /* @__PURE__ */ new Map();
  #parents = /* @__PURE__ */ new Map();
  /**
   * Adds one entry, in file order per thread; `entry.agentId` marks a subagent's (the caller sets it for
   * entries of `subagents/agent-<id>.jsonl`). A response's scope is fixed when it is first seen.
   */
  add(entry) {
    const agentId = entry.agentId;
    if (agentId && entry.parentToolUseId) this.#link(agentId, entry.parentToolUseId);
    switch (entry.kind) {
      case "prompt": {
        if (agentId) return;
        const n = entry.notification;
        if (n?.agentId && n.toolUseId) this.#link(n.agentId, n.toolUseId);
        const reportsOn = n?.toolUseId ? this.#tools.get(n.toolUseId)?.scope : void 0;
        this.#cursor(void 0).prompt(entry.command, reportsOn);
        return;
      }
      case "other":
        if (entry.type === "skill_expansion") this.#cursor(agentId).skillExpansion();
        return;
      case "llm": {
        if (entry.synthetic) return;
        this.addResponse(entry.messageId, agentId);
        const cursor = this.#cursor(agentId);
        for (const use of entry.toolUses)
          if (!this.#tools.has(use.id))
            this.#tools.set(use.id, {
              scope: cursor.tool(use.name, use.skill),
              ...agentId ? { agentId } : {}
            });
        return;
      }
      case "tool_result":
        if (entry.spawnedAgentId) this.#link(entry.spawnedAgentId, entry.toolUseId);
        return;
      default:
        return;
    }
  }
  /**
   * A response that calls no tool the scope needs (no Skill, Agent or Task call): all `glassbox report` reads of
   * most responses. Its scope is fixed when it is first seen, as in `add`.
   */
  addResponse(messageId, agentId) {
    if (this.#responses.has(messageId)) return;
    this.#responses.set(messageId, { scope: this.#cursor(agentId).call(), ...agentId ? { agentId } : {} });
  }
  /** The scope of a response, by message id (`NO_SCOPE` when unknown). */
  response(messageId, parentOf) {
    return this.#resolve(this.#responses.get(messageId), parentOf, 0);
  }
  /** The scope of a tool call, by tool_use id. */
  tool(toolUseId, parentOf) {
    return this.#resolve(this.#tools.get(toolUseId), parentOf, 0);
  }
  /** Every response's message id and scope (the links known now; for `glassbox report`). */
  *responses() {
    for (const [id, scoped] of this.#responses) yield [id, this.#resolve(scoped, void 0, 0)];
  }
  #resolve(scoped, parentOf, depth) {
    if (!scoped) return NO_SCOPE;
    if (!scoped.agentId || depth > MAX_DEPTH2) return scoped.scope;
    const parentId = parentOf?.(scoped.agentId) ?? this.#parents.get(scoped.agentId);
    const parent = parentId ? this.#tools.get(parentId) : void 0;
    if (!parent) return scoped.scope;
    return inheritScope(this.#resolve(parent, parentOf, depth + 1), scoped.scope);
  }
  #link(agentId, toolUseId) {
    if (!this.#parents.has(agentId)) this.#parents.set(agentId, toolUseId);
  }
  #cursor(agentId) {
    const key = agentId ?? "";
    let cursor = this.#cursors.get(key);
    if (!cursor) {
      cursor = new ScopeCursor();
      this.#cursors.set(key, cursor);
    }
    return cursor;
  }
};

// packages/core/src/session-spend.ts
function sessionBudgetStanding(ledger, limitUsd, warnPercent, today) {
  const spend = (sessionId) => {
    const spentUsd = ledger.session(sessionId);
    const percent = spentUsd / limitUsd * 100;
    const state = spentUsd >= limitUsd ? "reached" : percent >= warnPercent ? "warn" : "ok";
    return { sessionId, spentUsd, percent, state };
  };
  let last;
  let largest;
  for (const [id, days] of Object.entries(ledger.toJSON())) {
    const latestDay = Object.keys(days).sort().at(-1);
    if (latestDay === void 0) continue;
    if (!last || latestDay >= last.day) last = { id, day: latestDay };
    if ((days[today] ?? 0) > 0) {
      const s = spend(id);
      if (!largest || s.spentUsd > largest.spentUsd) largest = s;
    }
  }
  return {
    limitUsd,
    ...last ? { last: spend(last.id) } : {},
    ...largest ? { largestToday: largest } : {}
  };
}

// packages/core/src/tracker-records.ts
var turnCid = (key) => `t:${key}`;
var agentCid = (id) => `a:${id}`;
var agentOfCid = (cid) => cid.startsWith("a:") ? cid.slice(2) : void 0;
function minOf(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  return Math.min(a, b);
}
function maxOf(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  return Math.max(a, b);
}
var compareStr = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// packages/core/src/tree-placement.ts
function placeTool(state, tool, cid, authoritative) {
  if (tool.cid === cid) {
    if (authoritative) tool.cidFromTranscript = true;
    return;
  }
  if (tool.cid && (tool.cidFromTranscript || !authoritative)) return;
  if (tool.cid) {
    state.bucket(tool.cid).tools.delete(tool);
    state.touch(tool.cid);
  }
  tool.cid = cid;
  tool.cidFromTranscript = authoritative;
  state.bucket(cid).tools.add(tool);
  state.touch(cid);
}
function placeLiveTool(state, tool, agentId, promptId) {
  if (agentId) tool.agentId ??= agentId;
  if (promptId) tool.promptId ??= promptId;
  if (!tool.cid) {
    const cid = agentId ? agentCid(agentId) : turnCid(
      promptId ? state.turn(promptId, "none").key : state.liveTurn ?? state.transcriptTurn ?? state.turn(`implicit:${tool.id}`, "none").key
    );
    placeTool(state, tool, cid, false);
  }
  state.touch(tool.cid);
}
function linkAgent(state, agent, toolUseId) {
  if (agent.parentToolUseId === toolUseId) return;
  if (state.tools.get(toolUseId)?.cid === agentCid(agent.id)) return;
  agent.parentToolUseId ??= toolUseId;
  state.touch(agentCid(agent.id));
}
function placementOf(state, agent) {
  if (agent.parentToolUseId) {
    const tool = state.tools.get(agent.parentToolUseId);
    if (tool?.cid && tool.cid !== agentCid(agent.id)) return { kind: "tool", id: tool.id };
  }
  if (agent.promptId && state.turns.has(agent.promptId)) return { kind: "turn", id: agent.promptId };
  return { kind: "session", id: "" };
}
function rootOf(state, agentId) {
  const seen = /* @__PURE__ */ new Set();
  let current = agentId;
  while (current && !seen.has(current)) {
    seen.add(current);
    const agent = state.agents.get(current);
    if (!agent) return void 0;
    const place = placementOf(state, agent);
    if (place.kind === "turn") return turnCid(place.id);
    if (place.kind === "session") return void 0;
    const cid = state.tools.get(place.id)?.cid;
    if (!cid) return void 0;
    if (cid.startsWith("t:")) return cid;
    current = agentOfCid(cid);
  }
  return void 0;
}
function placeAgents(state, agentRoot) {
  const places = { agentsByTool: /* @__PURE__ */ new Map(), agentsByTurn: /* @__PURE__ */ new Map(), orphanAgents: [] };
  for (const agent of state.agents.values()) {
    const place = placementOf(state, agent);
    if (place.kind === "tool") push(places.agentsByTool, place.id, agent.id);
    else if (place.kind === "turn") push(places.agentsByTurn, place.id, agent.id);
    else places.orphanAgents.push(agent.id);
    const root = rootOf(state, agent.id);
    const previous = agentRoot.get(agent.id);
    if (previous !== root || !agentRoot.has(agent.id)) {
      if (previous) state.dirty.add(previous);
      if (root) state.dirty.add(root);
      state.dirty.add(agentCid(agent.id));
      agentRoot.set(agent.id, root);
    }
  }
  for (const cid of [...state.dirty]) {
    let current = agentOfCid(cid);
    const seen = /* @__PURE__ */ new Set();
    while (current && !seen.has(current)) {
      seen.add(current);
      const agent = state.agents.get(current);
      if (!agent) break;
      const place = placementOf(state, agent);
      const parentCid = place.kind === "tool" ? state.tools.get(place.id)?.cid : place.kind === "turn" ? turnCid(place.id) : void 0;
      if (!parentCid) break;
      state.dirty.add(parentCid);
      current = agentOfCid(parentCid);
    }
  }
  return places;
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// packages/core/src/apply-capture-event.ts
function applyCaptureEvent(state, live, e) {
  if (e.sessionId !== state.sessionId) return;
  const session = state.session;
  if (e.cwd) session.cwd ??= e.cwd;
  if (e.transcriptPath && !e.agentId) session.transcriptPath ??= e.transcriptPath;
  if (e.type !== "session.end" && e.type !== "session.measure") state.activity(e.atMs);
  switch (e.type) {
    case "session.start":
      session.startMs = minOf(session.startMs, e.atMs);
      if (e.model) session.model ??= e.model;
      if (e.claudeVersion) session.claudeVersion = e.claudeVersion;
      if (e.trigger && e.trigger !== "startup")
        state.addEvent({ name: "session.resume", timeMs: e.atMs, attributes: { trigger: e.trigger } });
      break;
    case "session.end":
      session.sessionEndMs = maxOf(session.sessionEndMs, e.atMs);
      if (e.reason) session.endReason = e.reason;
      break;
    case "session.measure":
      if (e.costUsd !== void 0) session.measureCost = e.costUsd;
      break;
    case "session.compact":
      state.addEvent({
        name: "compaction",
        timeMs: e.atMs,
        attributes: e.trigger ? { trigger: e.trigger } : {}
      });
      break;
    case "prompt.submit": {
      if (e.agentId || !e.promptId) break;
      const turn = state.turn(e.promptId, "live");
      turn.promptId = e.promptId;
      turn.liveSubmitMs = minOf(turn.liveSubmitMs, e.atMs);
      turn.textLength ??= e.textLength;
      if (e.text !== void 0) turn.text ??= e.text;
      state.touch(turnCid(turn.key));
      break;
    }
    case "turn.start":
      if (!e.agentId) live.modTurnStarted(e.turnId, e.atMs);
      break;
    case "turn.step":
      live.addStep(e);
      break;
    case "turn.complete": {
      if (e.agentId) {
        const agent = state.agent(e.agentId);
        agent.stopped = true;
        agent.liveStopMs = maxOf(agent.liveStopMs, e.atMs);
        state.touch(agentCid(agent.id));
      } else {
        live.addModComplete(e);
      }
      break;
    }
    case "turn.end": {
      if (e.agentId) break;
      const key = e.promptId ?? state.liveTurn ?? state.transcriptTurn;
      const turn = key ? state.turns.get(key) : void 0;
      if (!turn) break;
      turn.ended = true;
      turn.endSignalMs = maxOf(turn.endSignalMs, e.atMs);
      if (e.failed) {
        turn.failed = true;
        if (e.error) turn.error ??= e.error;
      }
      state.touch(turnCid(turn.key));
      break;
    }
    case "tool.start": {
      const tool = state.tool(e.toolUseId);
      tool.seenLive = true;
      tool.name ??= e.toolName;
      tool.liveStartMs = minOf(tool.liveStartMs, e.atMs);
      if (e.inputBytes !== void 0) tool.inputBytes ??= e.inputBytes;
      if (e.input !== void 0) tool.input ??= e.input;
      if (e.inputShape) tool.inputShape ??= e.inputShape;
      placeLiveTool(state, tool, e.agentId, e.promptId);
      break;
    }
    case "tool.end": {
      const tool = state.tool(e.toolUseId);
      tool.seenLive = true;
      tool.name ??= e.toolName;
      tool.liveEndMs = maxOf(tool.liveEndMs, e.atMs);
      tool.liveStatus = e.status;
      if (e.durationMs !== void 0 && (e.source === "hook" || !tool.durationFromHook)) {
        tool.durationMs = e.durationMs;
        tool.durationFromHook = e.source === "hook";
      }
      if (e.errorText) tool.liveErrorText = e.errorText;
      if (e.outputBytes !== void 0) tool.outputBytes ??= e.outputBytes;
      if (e.output !== void 0) tool.output ??= e.output;
      if (e.outputShape) tool.outputShape ??= e.outputShape;
      placeLiveTool(state, tool, e.agentId, e.promptId);
      break;
    }
    case "agent.spawn": {
      if (!e.spawnedAgentId) break;
      const agent = state.agent(e.spawnedAgentId);
      if (e.toolUseId) linkAgent(state, agent, e.toolUseId);
      if (e.subagentType) agent.type ??= e.subagentType;
      if (e.model) agent.model ??= e.model;
      if (e.promptId) agent.promptId ??= e.promptId;
      agent.liveStartMs = minOf(agent.liveStartMs, e.atMs);
      state.touch(agentCid(agent.id));
      break;
    }
    case "subagent.stop": {
      if (!e.agentId) break;
      const agent = state.agent(e.agentId);
      agent.stopped = true;
      agent.liveStopMs = maxOf(agent.liveStopMs, e.atMs);
      state.touch(agentCid(agent.id));
      break;
    }
    default:
      break;
  }
}

// packages/core/src/trace-ids.ts
import { createHash } from "node:crypto";
var ZERO_TRACE = "0".repeat(32);
var ZERO_SPAN = "0".repeat(16);
function digest(parts) {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part.length}:${part}\0`);
  return hash.digest("hex");
}
function deterministicId(parts, length) {
  let id = digest(parts).slice(0, length);
  if (id === (length === 32 ? ZERO_TRACE : ZERO_SPAN)) id = digest(["non-zero", ...parts]).slice(0, length);
  return id;
}
function traceIdForSession(sessionId) {
  return deterministicId(["glassbox/trace", sessionId], 32);
}
function spanIdFor(kind, sessionId, naturalId = "") {
  return deterministicId(["glassbox/span", kind, sessionId, naturalId], 16);
}
var sessionSpanId = (sessionId) => spanIdFor("session", sessionId);
var turnSpanId = (sessionId, turnKey) => spanIdFor("turn", sessionId, turnKey);
var llmSpanId = (sessionId, llmKey) => spanIdFor("llm", sessionId, llmKey);
var toolSpanId = (sessionId, toolUseId) => spanIdFor("tool", sessionId, toolUseId);
var agentSpanId = (sessionId, agentId) => spanIdFor("agent", sessionId, agentId);
function logRecordId(sessionId, event, nodeKey) {
  return deterministicId(["glassbox/log", sessionId, event, nodeKey], 32);
}

// packages/core/src/collect-session-signals.ts
function addSessionSignals(state, facts, where) {
  if (where.timeMs === void 0) return;
  const turn = !where.agentId && state.transcriptTurn ? state.turns.get(state.transcriptTurn) : void 0;
  for (const f of facts) {
    const key = f.sessionKey ?? `${where.uuid ?? where.timeMs}:${f.key}`;
    const id = logRecordId(state.sessionId, f.event, key);
    if (state.signals.has(id)) continue;
    const attributes = { ...f.attributes };
    if (turn?.promptId) attributes.promptId = turn.promptId;
    if (where.agentId) attributes.agentId = where.agentId;
    state.signals.set(id, {
      id,
      event: f.event,
      key,
      timeMs: where.timeMs,
      ...turn ? { spanId: turnSpanId(state.sessionId, turn.key) } : {},
      ...f.severity ? { severity: f.severity } : {},
      attributes
    });
  }
}

// packages/core/src/apply-transcript-entries.ts
var TERMINAL_NOTIFICATIONS = /* @__PURE__ */ new Set(["completed", "failed", "killed", "error", "cancelled", "stopped"]);
function applyTranscriptEntries(state, entries, source = {}) {
  for (const raw of entries) {
    const entry = source.agentId && !raw.agentId ? { ...raw, agentId: source.agentId } : raw;
    if (entry.sessionId && entry.sessionId !== state.sessionId && !entry.agentId) continue;
    state.activity(entry.timeMs);
    state.scopes.add(entry);
    switch (entry.kind) {
      case "prompt":
        addPrompt(state, entry);
        break;
      case "llm":
        addLlm(state, entry);
        break;
      case "tool_result":
        addToolResult(state, entry);
        break;
      case "api_request":
        addApiRequest(state, entry.id, entry.timeMs, entry.agentId, entry.querySource);
        if (!state.requestInfo.has(entry.id))
          state.requestInfo.set(entry.id, {
            ...state.transcriptTurn ? { turnKey: state.transcriptTurn } : {},
            ...entry.agentId ? { agentId: entry.agentId } : {},
            ...entry.model ? { model: entry.model } : {}
          });
        break;
      case "cost_state":
        if (entry.totalCostUsd !== void 0) state.session.costStateCost = entry.totalCostUsd;
        break;
      case "system":
        addSystem(state, entry);
        break;
      case "signal":
        addSessionSignals(state, entry.signals, entry);
        break;
      case "interrupt": {
        if (entry.agentId) break;
        const key = entry.promptId && state.turns.has(entry.promptId) ? entry.promptId : state.transcriptTurn;
        const turn = key ? state.turns.get(key) : void 0;
        if (turn) {
          turn.interrupted = true;
          state.touch(turnCid(turn.key));
        }
        break;
      }
      default:
        break;
    }
  }
}
function addPrompt(state, entry) {
  if (entry.agentId) {
    const agent = state.agent(entry.agentId);
    if (entry.promptId) agent.promptId ??= entry.promptId;
    if (entry.parentToolUseId) agent.parentToolUseId ??= entry.parentToolUseId;
    state.agentSeen(agent, entry.timeMs);
    return;
  }
  const key = entry.promptId ?? entry.uuid;
  if (!key) return;
  const turn = state.turn(key, "transcript");
  if (entry.promptId) turn.promptId = entry.promptId;
  if (entry.timeMs !== void 0) turn.promptMs = minOf(turn.promptMs, entry.timeMs);
  turn.textLength = entry.textLength;
  if (entry.text !== void 0) turn.text = entry.text;
  if (entry.textShape) turn.textShape = entry.textShape;
  if (entry.origin) turn.origin = entry.origin;
  const n = entry.notification;
  if (n?.agentId) {
    const agent = state.agent(n.agentId);
    if (n.toolUseId) linkAgent(state, agent, n.toolUseId);
    if (n.status && TERMINAL_NOTIFICATIONS.has(n.status)) {
      agent.notifiedStatus = n.status;
      if (entry.timeMs !== void 0) agent.liveStopMs ??= entry.timeMs;
    }
    state.touch(agentCid(agent.id));
  }
  state.touch(turnCid(key));
}
function addLlm(state, entry) {
  if (entry.synthetic) {
    if (entry.apiError && !entry.agentId) {
      const turn = state.transcriptTurn ? state.turns.get(state.transcriptTurn) : void 0;
      if (turn) {
        turn.failed = true;
        turn.error ??= entry.apiError;
        state.touch(turnCid(turn.key));
      }
    }
    return;
  }
  const { state: response, isNew } = state.responses.add(
    entry,
    (dedupKey) => entry.agentId ? agentCid(entry.agentId) : turnCid(state.currentTranscriptTurn(dedupKey))
  );
  if (isNew) state.bucket(response.cid).llm.add(response);
  if (entry.agentId) {
    const agent = state.agent(entry.agentId);
    if (entry.attributionAgent) agent.type ??= entry.attributionAgent;
    agent.model ??= entry.requestedModel ?? entry.model;
    if (entry.parentToolUseId) linkAgent(state, agent, entry.parentToolUseId);
    state.agentSeen(agent, entry.firstTimeMs);
    state.agentSeen(agent, entry.lastTimeMs);
  } else {
    state.session.model ??= entry.requestedModel ?? entry.model;
  }
  state.activity(entry.lastTimeMs);
  for (const use of entry.toolUses) {
    const tool = state.tool(use.id);
    tool.name = use.name;
    tool.seenTranscript = true;
    if (tool.requestedBy !== response.spanKey || tool.requestIndex === void 0) {
      tool.requestedBy = response.spanKey;
      tool.requestIndex = blockIndex(response.entry.toolUses, use.id);
    }
    if (use.timeMs !== void 0) tool.assistantMs = minOf(tool.assistantMs, use.timeMs);
    tool.inputBytes ??= use.inputBytes;
    if (use.input !== void 0) tool.input ??= use.input;
    if (use.inputShape) tool.inputShape ??= use.inputShape;
    if (use.inputHash) tool.inputHash ??= use.inputHash;
    if (use.subagentType) tool.subagentType = use.subagentType;
    if (use.skill) tool.skill = use.skill;
    if (use.signal) tool.useSignal = use.signal;
    if (entry.agentId) tool.agentId = entry.agentId;
    placeTool(state, tool, response.cid, true);
  }
  state.touch(response.cid);
}
function blockIndex(uses, id) {
  for (let i = uses.length - 1; i >= 0; i--) if (uses[i].id === id) return i;
  return uses.length;
}
function addToolResult(state, entry) {
  const tool = state.tool(entry.toolUseId);
  tool.seenTranscript = true;
  tool.result = entry;
  if (entry.promptId) tool.promptId ??= entry.promptId;
  if (entry.agentId) tool.agentId ??= entry.agentId;
  if (entry.outputBytes !== void 0) tool.outputBytes ??= entry.outputBytes;
  if (entry.output !== void 0) tool.output ??= entry.output;
  if (entry.outputShape) tool.outputShape ??= entry.outputShape;
  if (!tool.cid) {
    const cid = entry.agentId ? agentCid(entry.agentId) : turnCid(
      entry.promptId ? state.turn(entry.promptId, "none").key : state.currentTranscriptTurn(`result:${entry.toolUseId}`)
    );
    placeTool(state, tool, cid, false);
  }
  if (entry.spawnedAgentId) {
    const agent = state.agent(entry.spawnedAgentId);
    linkAgent(state, agent, entry.toolUseId);
    if (tool.subagentType) agent.type ??= tool.subagentType;
    if (entry.resultStatus === "completed") {
      agent.resultCompleted = true;
      if (entry.timeMs !== void 0) agent.liveStopMs ??= entry.timeMs;
    }
    state.touch(agentCid(agent.id));
  }
  if (entry.agentId) state.agentSeen(state.agent(entry.agentId), entry.timeMs);
  state.touch(tool.cid);
}
function addApiRequest(state, id, timeMs, agentId, querySource) {
  if (timeMs === void 0) return;
  state.requestStart.set(id, timeMs);
  if (agentId && querySource) {
    const type = /^agent:(?:[^:]*:)?(.+)$/.exec(querySource)?.[1];
    if (type) state.agent(agentId).type ??= type;
  }
  const response = state.responses.byRequestRef(id);
  if (response) state.touch(response.cid);
}
function addSystem(state, entry) {
  if (entry.agentId) return;
  if (entry.hookStop && entry.uuid && entry.timeMs !== void 0) addHookStop(state, entry);
  if (entry.subtype === "compact_boundary" && entry.timeMs !== void 0) {
    const attributes = {};
    if (entry.compactTrigger) attributes.trigger = entry.compactTrigger;
    if (entry.compactPreTokens !== void 0) attributes.preTokens = entry.compactPreTokens;
    state.addEvent({ name: "compaction", timeMs: entry.timeMs, attributes });
    return;
  }
  const turn = state.transcriptTurn ? state.turns.get(state.transcriptTurn) : void 0;
  if (!turn) return;
  if (entry.subtype === "stop_hook_summary" && entry.hookStop?.outcome === "continued") return;
  if (entry.subtype === "stop_hook_summary" || entry.subtype === "turn_duration") {
    turn.ended = true;
    if (entry.timeMs !== void 0) turn.endSignalMs = maxOf(turn.endSignalMs, entry.timeMs);
    state.touch(turnCid(turn.key));
  }
}
function addHookStop(state, entry) {
  const turn = entry.hookStop.event === "Stop" && state.transcriptTurn ? state.turns.get(state.transcriptTurn) : void 0;
  state.session.hookStops.set(entry.uuid, {
    ...entry.hookStop,
    key: entry.uuid,
    timeMs: entry.timeMs,
    ...turn ? { turnKey: turn.key } : {},
    ...turn?.promptId ? { promptId: turn.promptId } : {}
  });
}

// packages/core/src/process-exit.ts
function markProcessExited(state, atMs) {
  const session = state.session;
  if (session.exitedMs !== void 0) return;
  session.exitedMs = atMs;
  session.sessionEndMs = maxOf(session.sessionEndMs, atMs);
  session.endReason ??= "process_exited";
  for (const key of state.turns.keys()) state.touch(turnCid(key));
}
function unansweredRequests(state, turnKey, parentSpanId) {
  const out = [];
  const exitedMs = state.session.exitedMs;
  if (exitedMs === void 0) return out;
  for (const [id, info] of state.requestInfo) {
    const startMs = state.requestStart.get(id);
    if (info.turnKey !== turnKey || state.responses.byRequestRef(id) || startMs === void 0) continue;
    out.push({
      spanId: llmSpanId(state.sessionId, `unanswered:${id}`),
      parentSpanId,
      requestRef: id,
      startMs,
      endMs: Math.max(exitedMs, startMs),
      ...info.model ? { model: info.model } : {},
      ...info.agentId ? { agentId: info.agentId } : {}
    });
  }
  return out;
}
function cutOff(state, turnEnded) {
  return state.session.exitedMs !== void 0 && !turnEnded;
}

// packages/pricing/src/price-table.ts
var PRICE_TABLE = deepFreeze({
  claudeCodeVersion: "2.1.332",
  generatedAt: "2026-11-27",
  rules: {
    unsplitCacheWriteAs: "5m",
    splitRemainderAs: "5m",
    oneHourClampedToTotal: true,
    fiveMinuteFieldIgnored: true,
    geoAppliesToWebSearch: false,
    geoValuesProbed: ["us", "global", "", "US", "eu"],
    geoUppercaseUs: 1,
    geoEu: 1,
    speedStandard: "standard",
    speedEmpty: "standard",
    speedUnknown: "fast",
    speedUppercase: "fast",
    fastTimesGeo: true,
    fastWebSearch: 0.01,
    referenceModel: "claude-opus-5",
    notes: []
  },
  models: {
    "claude-3-5-haiku": {
      standard: {
        input: 0.8,
        output: 4,
        cacheWrite5m: 1,
        cacheWrite1h: 1.6,
        cacheRead: 0.08
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-3-5-sonnet": {
      standard: {
        input: 3,
        output: 15,
        cacheWrite5m: 3.75,
        cacheWrite1h: 6,
        cacheRead: 0.3
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-3-7-sonnet": {
      standard: {
        input: 3,
        output: 15,
        cacheWrite5m: 3.75,
        cacheWrite1h: 6,
        cacheRead: 0.3
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-fable-5": {
      standard: {
        input: 10,
        output: 50,
        cacheWrite5m: 12.5,
        cacheWrite1h: 20,
        cacheRead: 1
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-fable-5-1": {
      standard: {
        input: 10,
        output: 50,
        cacheWrite5m: 12.5,
        cacheWrite1h: 20,
        cacheRead: 0.25
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-fable-5-2": {
      standard: {
        input: 8,
        output: 40,
        cacheWrite5m: 10,
        cacheWrite1h: 16,
        cacheRead: 0.2
      },
      fast: {
        input: 16,
        output: 80,
        cacheWrite5m: 20,
        cacheWrite1h: 32,
        cacheRead: 0.4
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-haiku-4-5": {
      standard: {
        input: 1,
        output: 5,
        cacheWrite5m: 1.25,
        cacheWrite1h: 2,
        cacheRead: 0.1
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-haiku-5-5": {
      standard: {
        input: 0.1,
        output: 0.5,
        cacheWrite5m: 0.125,
        cacheWrite1h: 0.2,
        cacheRead: 0.01
      },
      longContext: {
        aboveInputTokens: 1e5,
        countedTokens: ["input", "cacheRead", "cacheWrite"],
        input: 0.5,
        output: 2.5,
        cacheWrite5m: 0.625,
        cacheWrite1h: 1,
        cacheRead: 0.05
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      },
      notes: ["input above 100000 tokens switches every token to the long-context rate"]
    },
    "claude-mythos-5": {
      standard: {
        input: 10,
        output: 50,
        cacheWrite5m: 12.5,
        cacheWrite1h: 20,
        cacheRead: 1
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-mythos-5-1": {
      standard: {
        input: 10,
        output: 50,
        cacheWrite5m: 12.5,
        cacheWrite1h: 20,
        cacheRead: 0.25
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-mythos-5-2": {
      standard: {
        input: 8,
        output: 40,
        cacheWrite5m: 10,
        cacheWrite1h: 16,
        cacheRead: 0.2
      },
      fast: {
        input: 16,
        output: 80,
        cacheWrite5m: 20,
        cacheWrite1h: 32,
        cacheRead: 0.4
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-opus-4-0": {
      standard: {
        input: 15,
        output: 75,
        cacheWrite5m: 18.75,
        cacheWrite1h: 30,
        cacheRead: 1.5
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-opus-4-1": {
      standard: {
        input: 15,
        output: 75,
        cacheWrite5m: 18.75,
        cacheWrite1h: 30,
        cacheRead: 1.5
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-opus-4-5": {
      standard: {
        input: 5,
        output: 25,
        cacheWrite5m: 6.25,
        cacheWrite1h: 10,
        cacheRead: 0.5
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-opus-4-6": {
      standard: {
        input: 5,
        output: 25,
        cacheWrite5m: 6.25,
        cacheWrite1h: 10,
        cacheRead: 0.5
      },
      fast: {
        input: 30,
        output: 150,
        cacheWrite5m: 37.5,
        cacheWrite1h: 60,
        cacheRead: 3
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-opus-4-7": {
      standard: {
        input: 5,
        output: 25,
        cacheWrite5m: 6.25,
        cacheWrite1h: 10,
        cacheRead: 0.5
      },
      fast: {
        input: 30,
        output: 150,
        cacheWrite5m: 37.5,
        cacheWrite1h: 60,
        cacheRead: 3
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-opus-4-8": {
      standard: {
        input: 5,
        output: 25,
        cacheWrite5m: 6.25,
        cacheWrite1h: 10,
        cacheRead: 0.5
      },
      fast: {
        input: 10,
        output: 50,
        cacheWrite5m: 12.5,
        cacheWrite1h: 20,
        cacheRead: 1
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-opus-5": {
      standard: {
        input: 5,
        output: 25,
        cacheWrite5m: 6.25,
        cacheWrite1h: 10,
        cacheRead: 0.5
      },
      fast: {
        input: 10,
        output: 50,
        cacheWrite5m: 12.5,
        cacheWrite1h: 20,
        cacheRead: 1
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-opus-5-5": {
      standard: {
        input: 4,
        output: 20,
        cacheWrite5m: 5,
        cacheWrite1h: 8,
        cacheRead: 0.2
      },
      fast: {
        input: 8,
        output: 40,
        cacheWrite5m: 10,
        cacheWrite1h: 16,
        cacheRead: 0.4
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-sonnet-4-0": {
      standard: {
        input: 3,
        output: 15,
        cacheWrite5m: 3.75,
        cacheWrite1h: 6,
        cacheRead: 0.3
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-sonnet-4-5": {
      standard: {
        input: 3,
        output: 15,
        cacheWrite5m: 3.75,
        cacheWrite1h: 6,
        cacheRead: 0.3
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-sonnet-4-6": {
      standard: {
        input: 3,
        output: 15,
        cacheWrite5m: 3.75,
        cacheWrite1h: 6,
        cacheRead: 0.3
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-sonnet-5": {
      standard: {
        input: 2,
        output: 10,
        cacheWrite5m: 2.5,
        cacheWrite1h: 4,
        cacheRead: 0.2
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    },
    "claude-sonnet-5-5": {
      standard: {
        input: 2,
        output: 10,
        cacheWrite5m: 2.5,
        cacheWrite1h: 4,
        cacheRead: 0.1
      },
      webSearchPerRequest: 0.01,
      geoMultipliers: {
        us: 1.1
      }
    }
  },
  modelIds: {
    "anthropic.claude-3-5-haiku": "claude-3-5-haiku",
    "anthropic.claude-3-5-haiku-20241022": "claude-3-5-haiku",
    "anthropic.claude-3-5-haiku-latest": "claude-3-5-haiku",
    "anthropic.claude-3-5-sonnet": "claude-3-5-sonnet",
    "anthropic.claude-3-5-sonnet-20240620": "claude-3-5-sonnet",
    "anthropic.claude-3-5-sonnet-20241022": "claude-3-5-sonnet",
    "anthropic.claude-3-5-sonnet-latest": "claude-3-5-sonnet",
    "anthropic.claude-3-7-sonnet": "claude-3-7-sonnet",
    "anthropic.claude-3-7-sonnet-20250219": "claude-3-7-sonnet",
    "anthropic.claude-3-7-sonnet-latest": "claude-3-7-sonnet",
    "anthropic.claude-fable-5": "claude-fable-5",
    "anthropic.claude-fable-5-1": "claude-fable-5-1",
    "anthropic.claude-fable-5-2": "claude-fable-5-2",
    "anthropic.claude-haiku-4-5": "claude-haiku-4-5",
    "anthropic.claude-haiku-4-5-20251001": "claude-haiku-4-5",
    "anthropic.claude-haiku-5-5": "claude-haiku-5-5",
    "anthropic.claude-mythos-5": "claude-mythos-5",
    "anthropic.claude-mythos-5-1": "claude-mythos-5-1",
    "anthropic.claude-mythos-5-2": "claude-mythos-5-2",
    "anthropic.claude-opus-4": "claude-opus-4-0",
    "anthropic.claude-opus-4-0": "claude-opus-4-0",
    "anthropic.claude-opus-4-1": "claude-opus-4-1",
    "anthropic.claude-opus-4-1-20250805": "claude-opus-4-1",
    "anthropic.claude-opus-4-1-20250805-v1:0": "claude-opus-4-1",
    "anthropic.claude-opus-4-20250514": "claude-opus-4-0",
    "anthropic.claude-opus-4-5": "claude-opus-4-5",
    "anthropic.claude-opus-4-5-20251101": "claude-opus-4-5",
    "anthropic.claude-opus-4-6": "claude-opus-4-6",
    "anthropic.claude-opus-4-7": "claude-opus-4-7",
    "anthropic.claude-opus-4-8": "claude-opus-4-8",
    "anthropic.claude-opus-5": "claude-opus-5",
    "anthropic.claude-opus-5-5": "claude-opus-5-5",
    "anthropic.claude-sonnet-4": "claude-sonnet-4-0",
    "anthropic.claude-sonnet-4-0": "claude-sonnet-4-0",
    "anthropic.claude-sonnet-4-20250514": "claude-sonnet-4-0",
    "anthropic.claude-sonnet-4-5": "claude-sonnet-4-5",
    "anthropic.claude-sonnet-4-5-20250929": "claude-sonnet-4-5",
    "anthropic.claude-sonnet-4-6": "claude-sonnet-4-6",
    "anthropic.claude-sonnet-5": "claude-sonnet-5",
    "anthropic.claude-sonnet-5-5": "claude-sonnet-5-5",
    "apac.anthropic.claude-sonnet-4-5-20250929-v1:0": "claude-sonnet-4-5",
    "au.anthropic.claude-sonnet-4-5-20250929-v1:0": "claude-sonnet-4-5",
    "claude-3-5-haiku": "claude-3-5-haiku",
    "CLAUDE-3-5-HAIKU": "claude-3-5-haiku",
    "claude-3-5-haiku-20241022": "claude-3-5-haiku",
    "CLAUDE-3-5-HAIKU-20241022": "claude-3-5-haiku",
    "claude-3-5-haiku-20241022[1m]": "claude-3-5-haiku",
    "claude-3-5-haiku-latest": "claude-3-5-haiku",
    "CLAUDE-3-5-HAIKU-LATEST": "claude-3-5-haiku",
    "claude-3-5-haiku-latest[1m]": "claude-3-5-haiku",
    "claude-3-5-haiku[1m]": "claude-3-5-haiku",
    "claude-3-5-haiku@20241022": "claude-3-5-haiku",
    "claude-3-5-sonnet": "claude-3-5-sonnet",
    "CLAUDE-3-5-SONNET": "claude-3-5-sonnet",
    "claude-3-5-sonnet-20240620": "claude-3-5-sonnet",
    "CLAUDE-3-5-SONNET-20240620": "claude-3-5-sonnet",
    "claude-3-5-sonnet-20240620[1m]": "claude-3-5-sonnet",
    "claude-3-5-sonnet-20241022": "claude-3-5-sonnet",
    "CLAUDE-3-5-SONNET-20241022": "claude-3-5-sonnet",
    "claude-3-5-sonnet-20241022[1m]": "claude-3-5-sonnet",
    "claude-3-5-sonnet-latest": "claude-3-5-sonnet",
    "CLAUDE-3-5-SONNET-LATEST": "claude-3-5-sonnet",
    "claude-3-5-sonnet-latest[1m]": "claude-3-5-sonnet",
    "claude-3-5-sonnet-v2@20241022": "claude-3-5-sonnet",
    "claude-3-5-sonnet[1m]": "claude-3-5-sonnet",
    "claude-3-7-sonnet": "claude-3-7-sonnet",
    "CLAUDE-3-7-SONNET": "claude-3-7-sonnet",
    "claude-3-7-sonnet-20250219": "claude-3-7-sonnet",
    "CLAUDE-3-7-SONNET-20250219": "claude-3-7-sonnet",
    "claude-3-7-sonnet-20250219[1m]": "claude-3-7-sonnet",
    "claude-3-7-sonnet-latest": "claude-3-7-sonnet",
    "CLAUDE-3-7-SONNET-LATEST": "claude-3-7-sonnet",
    "claude-3-7-sonnet-latest[1m]": "claude-3-7-sonnet",
    "claude-3-7-sonnet[1m]": "claude-3-7-sonnet",
    "claude-3-7-sonnet@20250219": "claude-3-7-sonnet",
    "claude-fable-5": "claude-fable-5",
    "CLAUDE-FABLE-5": "claude-fable-5",
    "claude-fable-5-1": "claude-fable-5-1",
    "CLAUDE-FABLE-5-1": "claude-fable-5-1",
    "claude-fable-5-2": "claude-fable-5-2",
    "CLAUDE-FABLE-5-2": "claude-fable-5-2",
    "claude-fable-5.1": "claude-fable-5-1",
    "claude-fable-5.2": "claude-fable-5-2",
    "claude-haiku-4-5": "claude-haiku-4-5",
    "CLAUDE-HAIKU-4-5": "claude-haiku-4-5",
    "claude-haiku-4-5-20251001": "claude-haiku-4-5",
    "CLAUDE-HAIKU-4-5-20251001": "claude-haiku-4-5",
    "claude-haiku-4-5-20251001[1m]": "claude-haiku-4-5",
    "claude-haiku-4-5[1m]": "claude-haiku-4-5",
    "claude-haiku-4-5@20251001": "claude-haiku-4-5",
    "claude-haiku-4.5": "claude-haiku-4-5",
    "claude-haiku-5-5": "claude-haiku-5-5",
    "CLAUDE-HAIKU-5-5": "claude-haiku-5-5",
    "claude-haiku-5.5": "claude-haiku-5-5",
    "claude-mythos-5": "claude-mythos-5",
    "CLAUDE-MYTHOS-5": "claude-mythos-5",
    "claude-mythos-5-1": "claude-mythos-5-1",
    "CLAUDE-MYTHOS-5-1": "claude-mythos-5-1",
    "claude-mythos-5-2": "claude-mythos-5-2",
    "CLAUDE-MYTHOS-5-2": "claude-mythos-5-2",
    "claude-mythos-5.1": "claude-mythos-5-1",
    "claude-mythos-5.2": "claude-mythos-5-2",
    "claude-opus-4": "claude-opus-4-0",
    "CLAUDE-OPUS-4": "claude-opus-4-0",
    "claude-opus-4-1@20250805": "claude-opus-4-1",
    "claude-opus-4-5": "claude-opus-4-5",
    "CLAUDE-OPUS-4-5": "claude-opus-4-5",
    "claude-opus-4-5-20251101": "claude-opus-4-5",
    "CLAUDE-OPUS-4-5-20251101": "claude-opus-4-5",
    "claude-opus-4-5-20251101[1m]": "claude-opus-4-5",
    "claude-opus-4-5[1m]": "claude-opus-4-5",
    "claude-opus-4-5@20251101": "claude-opus-4-5",
    "claude-opus-4-6": "claude-opus-4-6",
    "CLAUDE-OPUS-4-6": "claude-opus-4-6",
    "claude-opus-4-6[1m]": "claude-opus-4-6",
    "claude-opus-4-7": "claude-opus-4-7",
    "CLAUDE-OPUS-4-7": "claude-opus-4-7",
    "claude-opus-4-8": "claude-opus-4-8",
    "CLAUDE-OPUS-4-8": "claude-opus-4-8",
    "claude-opus-4.0": "claude-opus-4-0",
    "claude-opus-4.1": "claude-opus-4-1",
    "claude-opus-4.5": "claude-opus-4-5",
    "claude-opus-4.6": "claude-opus-4-6",
    "claude-opus-4.7": "claude-opus-4-7",
    "claude-opus-4.8": "claude-opus-4-8",
    "claude-opus-4[1m]": "claude-opus-4-0",
    "claude-opus-4@20250514": "claude-opus-4-0",
    "claude-opus-5": "claude-opus-5",
    "CLAUDE-OPUS-5": "claude-opus-5",
    "claude-opus-5-5": "claude-opus-5-5",
    "CLAUDE-OPUS-5-5": "claude-opus-5-5",
    "claude-opus-5.5": "claude-opus-5-5",
    "claude-sonnet-4": "claude-sonnet-4-0",
    "CLAUDE-SONNET-4": "claude-sonnet-4-0",
    "claude-sonnet-4-0": "claude-sonnet-4-0",
    "CLAUDE-SONNET-4-0": "claude-sonnet-4-0",
    "claude-sonnet-4-0[1m]": "claude-sonnet-4-0",
    "claude-sonnet-4-20250514": "claude-sonnet-4-0",
    "CLAUDE-SONNET-4-20250514": "claude-sonnet-4-0",
    "claude-sonnet-4-20250514[1m]": "claude-sonnet-4-0",
    "claude-sonnet-4-5": "claude-sonnet-4-5",
    "CLAUDE-SONNET-4-5": "claude-sonnet-4-5",
    "claude-sonnet-4-5-20250929": "claude-sonnet-4-5",
    "CLAUDE-SONNET-4-5-20250929": "claude-sonnet-4-5",
    "claude-sonnet-4-5-20250929[1m]": "claude-sonnet-4-5",
    "claude-sonnet-4-5[1m]": "claude-sonnet-4-5",
    "claude-sonnet-4-5@20250929": "claude-sonnet-4-5",
    "claude-sonnet-4-6": "claude-sonnet-4-6",
    "CLAUDE-SONNET-4-6": "claude-sonnet-4-6",
    "claude-sonnet-4-6[1m]": "claude-sonnet-4-6",
    "claude-sonnet-4.0": "claude-sonnet-4-0",
    "claude-sonnet-4.5": "claude-sonnet-4-5",
    "claude-sonnet-4.6": "claude-sonnet-4-6",
    "claude-sonnet-4[1m]": "claude-sonnet-4-0",
    "claude-sonnet-4@20250514": "claude-sonnet-4-0",
    "claude-sonnet-5": "claude-sonnet-5",
    "CLAUDE-SONNET-5": "claude-sonnet-5",
    "claude-sonnet-5-5": "claude-sonnet-5-5",
    "CLAUDE-SONNET-5-5": "claude-sonnet-5-5",
    "claude-sonnet-5.5": "claude-sonnet-5-5",
    "eu.anthropic.claude-sonnet-4-5-20250929-v1:0": "claude-sonnet-4-5",
    "global.anthropic.claude-3-5-haiku": "claude-3-5-haiku",
    "global.anthropic.claude-3-5-haiku-20241022": "claude-3-5-haiku",
    "global.anthropic.claude-3-5-haiku-latest": "claude-3-5-haiku",
    "global.anthropic.claude-3-5-sonnet": "claude-3-5-sonnet",
    "global.anthropic.claude-3-5-sonnet-20240620": "claude-3-5-sonnet",
    "global.anthropic.claude-3-5-sonnet-20241022": "claude-3-5-sonnet",
    "global.anthropic.claude-3-5-sonnet-latest": "claude-3-5-sonnet",
    "global.anthropic.claude-3-7-sonnet": "claude-3-7-sonnet",
    "global.anthropic.claude-3-7-sonnet-20250219": "claude-3-7-sonnet",
    "global.anthropic.claude-3-7-sonnet-latest": "claude-3-7-sonnet",
    "global.anthropic.claude-fable-5": "claude-fable-5",
    "global.anthropic.claude-fable-5-1": "claude-fable-5-1",
    "global.anthropic.claude-fable-5-2": "claude-fable-5-2",
    "global.anthropic.claude-haiku-4-5": "claude-haiku-4-5",
    "global.anthropic.claude-haiku-4-5-20251001": "claude-haiku-4-5",
    "global.anthropic.claude-haiku-5-5": "claude-haiku-5-5",
    "global.anthropic.claude-mythos-5": "claude-mythos-5",
    "global.anthropic.claude-mythos-5-1": "claude-mythos-5-1",
    "global.anthropic.claude-mythos-5-2": "claude-mythos-5-2",
    "global.anthropic.claude-opus-4": "claude-opus-4-0",
    "global.anthropic.claude-opus-4-0": "claude-opus-4-0",
    "global.anthropic.claude-opus-4-1": "claude-opus-4-1",
    "global.anthropic.claude-opus-4-1-20250805": "claude-opus-4-1",
    "global.anthropic.claude-opus-4-20250514": "claude-opus-4-0",
    "global.anthropic.claude-opus-4-5": "claude-opus-4-5",
    "global.anthropic.claude-opus-4-5-20251101": "claude-opus-4-5",
    "global.anthropic.claude-opus-4-6": "claude-opus-4-6",
    "global.anthropic.claude-opus-4-7": "claude-opus-4-7",
    "global.anthropic.claude-opus-4-8": "claude-opus-4-8",
    "global.anthropic.claude-opus-5": "claude-opus-5",
    "global.anthropic.claude-opus-5-5": "claude-opus-5-5",
    "global.anthropic.claude-sonnet-4": "claude-sonnet-4-0",
    "global.anthropic.claude-sonnet-4-0": "claude-sonnet-4-0",
    "global.anthropic.claude-sonnet-4-20250514": "claude-sonnet-4-0",
    "global.anthropic.claude-sonnet-4-5": "claude-sonnet-4-5",
    "global.anthropic.claude-sonnet-4-5-20250929": "claude-sonnet-4-5",
    "global.anthropic.claude-sonnet-4-5-20250929-v1:0": "claude-sonnet-4-5",
    "global.anthropic.claude-sonnet-4-6": "claude-sonnet-4-6",
    "global.anthropic.claude-sonnet-5": "claude-sonnet-5",
    "global.anthropic.claude-sonnet-5-5": "claude-sonnet-5-5",
    "jp.anthropic.claude-sonnet-4-5-20250929-v1:0": "claude-sonnet-4-5",
    "us.anthropic.claude-3-5-haiku-20241022-v1:0": "claude-3-5-haiku",
    "us.anthropic.claude-3-5-sonnet-20241022-v2:0": "claude-3-5-sonnet",
    "us.anthropic.claude-3-7-sonnet-20250219-v1:0": "claude-3-7-sonnet",
    "us.anthropic.claude-fable-5": "claude-fable-5",
    "us.anthropic.claude-fable-5-1": "claude-fable-5-1",
    "us.anthropic.claude-fable-5-2": "claude-fable-5-2",
    "us.anthropic.claude-haiku-4-5-20251001-v1:0": "claude-haiku-4-5",
    "us.anthropic.claude-haiku-5-5": "claude-haiku-5-5",
    "us.anthropic.claude-mythos-5": "claude-mythos-5",
    "us.anthropic.claude-opus-4-1-20250805-v1:0": "claude-opus-4-1",
    "us.anthropic.claude-opus-4-20250514-v1:0": "claude-opus-4-0",
    "us.anthropic.claude-opus-4-5-20251101-v1:0": "claude-opus-4-5",
    "us.anthropic.claude-opus-4-6-v1": "claude-opus-4-6",
    "us.anthropic.claude-opus-4-7": "claude-opus-4-7",
    "us.anthropic.claude-opus-4-8": "claude-opus-4-8",
    "us.anthropic.claude-opus-5": "claude-opus-5",
    "us.anthropic.claude-opus-5-5": "claude-opus-5-5",
    "us.anthropic.claude-sonnet-4-20250514-v1:0": "claude-sonnet-4-0",
    "us.anthropic.claude-sonnet-4-5-20250929-v1:0": "claude-sonnet-4-5",
    "us.anthropic.claude-sonnet-4-6": "claude-sonnet-4-6",
    "us.anthropic.claude-sonnet-5": "claude-sonnet-5",
    "us.anthropic.claude-sonnet-5-5": "claude-sonnet-5-5"
  },
  unpricedModelIds: {
    "anthropic.claude-3-haiku": "claude-3-haiku",
    "anthropic.claude-3-haiku-20240307": "claude-3-haiku",
    "anthropic.claude-3-opus": "claude-3-opus",
    "anthropic.claude-3-opus-20240229": "claude-3-opus",
    "anthropic.claude-3-opus-latest": "claude-3-opus",
    "anthropic.claude-3-sonnet": "claude-3-sonnet",
    "anthropic.claude-3-sonnet-20240229": "claude-3-sonnet",
    "anthropic.claude-haiku-3-5": "claude-haiku-3-5",
    "anthropic.claude-mythos-preview": "anthropic.claude-mythos-preview",
    "anthropic.claude-sonnet-3-7": "claude-sonnet-3-7",
    "claude-2.1": "claude-2-1",
    "claude-3-haiku": "claude-3-haiku",
    "CLAUDE-3-HAIKU": "claude-3-haiku",
    "claude-3-haiku-20240307": "claude-3-haiku",
    "CLAUDE-3-HAIKU-20240307": "claude-3-haiku",
    "claude-3-haiku-20240307[1m]": "claude-3-haiku",
    "claude-3-haiku[1m]": "claude-3-haiku",
    "claude-3-opus": "claude-3-opus",
    "CLAUDE-3-OPUS": "claude-3-opus",
    "claude-3-opus-20240229": "claude-3-opus",
    "CLAUDE-3-OPUS-20240229": "claude-3-opus",
    "claude-3-opus-20240229[1m]": "claude-3-opus",
    "claude-3-opus-latest": "claude-3-opus",
    "CLAUDE-3-OPUS-LATEST": "claude-3-opus",
    "claude-3-opus-latest[1m]": "claude-3-opus",
    "claude-3-opus[1m]": "claude-3-opus",
    "claude-3-sonnet": "claude-3-sonnet",
    "CLAUDE-3-SONNET": "claude-3-sonnet",
    "claude-3-sonnet-20240229": "claude-3-sonnet",
    "CLAUDE-3-SONNET-20240229": "claude-3-sonnet",
    "claude-3-sonnet-20240229[1m]": "claude-3-sonnet",
    "claude-3-sonnet[1m]": "claude-3-sonnet",
    "claude-foo-9": "claude-foo-9",
    "claude-haiku-3-5": "claude-haiku-3-5",
    "CLAUDE-HAIKU-3-5": "claude-haiku-3-5",
    "claude-haiku-3-5[1m]": "claude-haiku-3-5",
    "claude-haiku-3.5": "claude-haiku-3-5",
    "claude-instant-1.2": "claude-instant-1-2",
    "claude-mythos-preview": "claude-mythos-preview",
    "CLAUDE-MYTHOS-PREVIEW": "claude-mythos-preview",
    "claude-sonnet-3-7": "claude-sonnet-3-7",
    "CLAUDE-SONNET-3-7": "claude-sonnet-3-7",
    "claude-sonnet-3-7[1m]": "claude-sonnet-3-7",
    "claude-sonnet-3.7": "claude-sonnet-3-7",
    "global.anthropic.claude-3-haiku": "claude-3-haiku",
    "global.anthropic.claude-3-haiku-20240307": "claude-3-haiku",
    "global.anthropic.claude-3-opus": "claude-3-opus",
    "global.anthropic.claude-3-opus-20240229": "claude-3-opus",
    "global.anthropic.claude-3-opus-latest": "claude-3-opus",
    "global.anthropic.claude-3-sonnet": "claude-3-sonnet",
    "global.anthropic.claude-3-sonnet-20240229": "claude-3-sonnet",
    "global.anthropic.claude-haiku-3-5": "claude-haiku-3-5",
    "global.anthropic.claude-mythos-preview": "global.anthropic.claude-mythos-preview",
    "global.anthropic.claude-sonnet-3-7": "claude-sonnet-3-7",
    "gpt-4o": "gpt-4o",
    mythos: "mythos"
  },
  selectionRemaps: {
    best: "claude-opus-5-5",
    "claude-fable-5-1[1m]": "claude-fable-5-1",
    "claude-fable-5-2[1m]": "claude-fable-5-2",
    "claude-fable-5[1m]": "claude-fable-5",
    "claude-haiku-5-5[1m]": "claude-haiku-5-5",
    "claude-mythos-5-1[1m]": "claude-mythos-5-1",
    "claude-mythos-5-2[1m]": "claude-mythos-5-2",
    "claude-mythos-5[1m]": "claude-mythos-5",
    "claude-mythos-preview[1m]": "claude-mythos-preview",
    "claude-opus-4-0": "claude-opus-5-5",
    "CLAUDE-OPUS-4-0": "claude-opus-5-5",
    "claude-opus-4-0[1m]": "claude-opus-5-5",
    "claude-opus-4-1": "claude-opus-5-5",
    "CLAUDE-OPUS-4-1": "claude-opus-5-5",
    "claude-opus-4-1-20250805": "claude-opus-5-5",
    "CLAUDE-OPUS-4-1-20250805": "claude-opus-5-5",
    "claude-opus-4-1-20250805[1m]": "claude-opus-5-5",
    "claude-opus-4-1[1m]": "claude-opus-5-5",
    "claude-opus-4-20250514": "claude-opus-5-5",
    "CLAUDE-OPUS-4-20250514": "claude-opus-5-5",
    "claude-opus-4-20250514[1m]": "claude-opus-5-5",
    "claude-opus-4-7[1m]": "claude-opus-4-7",
    "claude-opus-4-8[1m]": "claude-opus-4-8",
    "claude-opus-5-5[1m]": "claude-opus-5-5",
    "claude-opus-5[1m]": "claude-opus-5",
    "claude-sonnet-5-5[1m]": "claude-sonnet-5-5",
    "claude-sonnet-5[1m]": "claude-sonnet-5",
    default: "claude-opus-5-5",
    fable: "claude-fable-5-2",
    haiku: "claude-haiku-5-5",
    opus: "claude-opus-5-5",
    opusplan: "claude-sonnet-5-5",
    sonnet: "claude-sonnet-5-5"
  }
});
function deepFreeze(value) {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

// packages/pricing/src/canonical-model-id.ts
var REGION_PREFIXES = ["us", "eu", "apac", "jp", "au", "us-gov", "global"];
var ALLOWED_TRAILER = /^(?:-fast|-latest)?(?:-v\d{1,3}@\d{8}|[-@]\d{8})?(?:-v\d{1,3}(?::\d{1,3})?)?$/;
function normalize(model) {
  return model.trim().toLowerCase().replace(/\[[12]m\]$/, "").replace(/(claude-(?:[a-z]+-)?\d{1,2})\.(?=\d)/g, "$1-");
}
function parse(id) {
  let rest2 = id;
  const slash = rest2.lastIndexOf("/");
  if (slash !== -1) rest2 = rest2.slice(slash + 1);
  const bedrock = /^(?:([a-z-]+)\.)?anthropic\.(claude-.*)$/.exec(rest2);
  if (bedrock) {
    if (bedrock[1] !== void 0 && !REGION_PREFIXES.includes(bedrock[1])) return void 0;
    rest2 = bedrock[2] ?? "";
  }
  let parsed;
  const modern = /^claude-([a-z]+)-(\d{1,2})(?!\d)(?:-(\d{1,2})(?!\d))?/.exec(rest2);
  if (modern) {
    parsed = {
      family: modern[1] ?? "",
      major: Number(modern[2]),
      minor: modern[3] === void 0 ? void 0 : Number(modern[3]),
      legacy: false,
      base: modern[0]
    };
  } else {
    const legacy = /^claude-(\d{1,2})(?!\d)(?:-(\d{1,2})(?!\d))?-([a-z]+)/.exec(rest2);
    if (legacy) {
      parsed = {
        family: legacy[3] ?? "",
        major: Number(legacy[1]),
        minor: legacy[2] === void 0 ? void 0 : Number(legacy[2]),
        legacy: true,
        base: legacy[0]
      };
    }
  }
  if (!parsed) return void 0;
  const trailer = rest2.slice(parsed.base.length);
  if (trailer !== "" && !/^[-@]/.test(trailer)) return void 0;
  return { ...parsed, trailer };
}
var sameVersion = (a, b) => a.family === b.family && a.legacy === b.legacy && a.major === b.major && (a.minor ?? 0) === (b.minor ?? 0);
var KNOWN = [
  .../* @__PURE__ */ new Set([...Object.keys(PRICE_TABLE.models), ...Object.values(PRICE_TABLE.unpricedModelIds)])
].map((name) => ({ name, parsed: parse(name) })).filter((k) => k.parsed !== void 0 && k.parsed.trailer === "");
var BY_SPECIFICITY = [...KNOWN].sort((a, b) => b.name.length - a.name.length);
function contains(id, name) {
  for (let at = id.indexOf(name); at !== -1; at = id.indexOf(name, at + 1)) {
    if (!/^\d/.test(id.slice(at + name.length))) return true;
  }
  return false;
}
function containedName(id) {
  for (const { name, parsed } of BY_SPECIFICITY) {
    if (parsed.minor === 0 && !parsed.legacy) {
      const short2 = `claude-${parsed.family}-${parsed.major}`;
      if (new RegExp(`${short2}(?!-\\d(?!\\d))(?!\\d)`).test(id)) return name;
    } else if (contains(id, name)) return name;
  }
  return void 0;
}
var pricedIds = new Map(
  Object.entries(PRICE_TABLE.modelIds).map(([id, canonical]) => [normalize(id), canonical])
);
function canonicalModelIdByRules(model) {
  const id = normalize(model);
  const parsed = parse(id);
  if (parsed && ALLOWED_TRAILER.test(parsed.trailer)) {
    const known = KNOWN.find((k) => sameVersion(k.parsed, parsed));
    return known ? known.name : parsed.base.replace(/-\d{8}$/, "");
  }
  return containedName(id) ?? id.replace(/-\d{8}$/, "");
}
function canonicalModelId(model) {
  if (typeof model !== "string" || model.trim() === "") return void 0;
  const priced = PRICE_TABLE.modelIds[model] ?? pricedIds.get(normalize(model));
  if (priced !== void 0) return priced;
  const byRules = canonicalModelIdByRules(model);
  if (Object.hasOwn(PRICE_TABLE.models, byRules)) return byRules;
  const alias = PRICE_TABLE.selectionRemaps[model] ?? PRICE_TABLE.selectionRemaps[normalize(model)];
  if (alias !== void 0) return PRICE_TABLE.modelIds[alias] ?? canonicalModelIdByRules(alias);
  const unpriced = PRICE_TABLE.unpricedModelIds[model] ?? byRules;
  return unpriced.includes("claude-") ? unpriced : void 0;
}

// packages/pricing/src/price-response.ts
function priceResponse(pricer, model, usage, recordedCostUsd) {
  let table;
  try {
    table = pricer(model, usage);
  } catch {
    table = void 0;
  }
  if (table?.known && table.costUsd !== void 0 && Number.isFinite(table.costUsd)) {
    return {
      costUsd: table.costUsd,
      source: "table",
      rule: table.rule,
      canonicalModel: table.canonicalModel
    };
  }
  if (recordedCostUsd !== void 0 && Number.isFinite(recordedCostUsd)) {
    return {
      costUsd: recordedCostUsd,
      source: "recorded",
      rule: "recorded-costUSD",
      canonicalModel: table?.canonicalModel
    };
  }
  return { costUsd: void 0, source: "unknown", rule: table?.rule, canonicalModel: table?.canonicalModel };
}

// packages/pricing/src/price-usage.ts
var M = 1e6;
var TOKEN_CATEGORIES = ["input", "output", "cacheWrite5m", "cacheWrite1h", "cacheRead"];
var ITERATION_FIELDS = [
  "input_tokens",
  "output_tokens",
  "cache_read_input_tokens",
  "cache_creation_input_tokens"
];
var count = (v) => typeof v === "number" && Number.isFinite(v) && v > 0 ? v : 0;
var isCount = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0;
function splitWrites(u) {
  const total = count(u.cache_creation_input_tokens);
  const oneHour = Math.min(count(u.cache_creation?.ephemeral_1h_input_tokens), total);
  const fiveMinute = Math.min(count(u.cache_creation?.ephemeral_5m_input_tokens), total - oneHour);
  return { fiveMinute, oneHour };
}
function toPiece(u, oneHour = splitWrites(u).oneHour) {
  return {
    input: count(u.input_tokens),
    output: count(u.output_tokens),
    cacheRead: count(u.cache_read_input_tokens),
    cacheWrite: count(u.cache_creation_input_tokens),
    oneHour
  };
}
function piecesOf(usage, tiered) {
  const iterations = tiered && Array.isArray(usage.iterations) ? usage.iterations : [];
  const messages = iterations.filter(
    (it) => typeof it === "object" && it !== null && it.type === "message"
  );
  const addsUp = messages.length > 0 && ITERATION_FIELDS.every(
    (f) => messages.every((m) => isCount(m[f])) && messages.reduce((sum2, m) => sum2 + (m[f] ?? 0), 0) === (usage[f] ?? 0)
  );
  if (!addsUp) return [toPiece(usage)];
  let unassigned = Math.max(
    0,
    splitWrites(usage).oneHour - messages.reduce((sum2, m) => sum2 + splitWrites(m).oneHour, 0)
  );
  return messages.map((m) => {
    const { fiveMinute, oneHour } = splitWrites(m);
    const extra = Math.min(unassigned, count(m.cache_creation_input_tokens) - fiveMinute - oneHour);
    unassigned -= extra;
    return toPiece(m, oneHour + extra);
  });
}
function countedInput(piece, long) {
  let total = 0;
  for (const kind of long.countedTokens) {
    if (kind === "input") total += piece.input;
    else if (kind === "cacheRead") total += piece.cacheRead;
    else if (kind === "cacheWrite") total += piece.cacheWrite;
    else if (kind === "output") total += piece.output;
  }
  return total;
}
function findOverride(overrides, model, canonical) {
  if (!overrides || typeof overrides !== "object")
    return { own: void 0, ownKey: void 0, star: void 0 };
  const star = overrides["*"];
  const wanted = model.toLowerCase().replace(/\[[12]m\]$/, "");
  let byCanonical;
  for (const [key, entry] of Object.entries(overrides)) {
    if (key === "*" || !entry || typeof entry !== "object") continue;
    if (key.toLowerCase().replace(/\[[12]m\]$/, "") === wanted) return { own: entry, ownKey: key, star };
    if (!byCanonical && canonical !== void 0 && canonicalModelId(key) === canonical)
      byCanonical = [key, entry];
  }
  return { own: byCanonical?.[1], ownKey: byCanonical?.[0], star };
}
var explicitPrice = (o, c) => {
  const v = o?.[c];
  return typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : void 0;
};
var multiplierOf = (v) => typeof v === "number" && Number.isFinite(v) && v > 0 ? v : 1;
var money = (n) => `$${Number(n.toPrecision(12))}`;
var described = /* @__PURE__ */ new WeakMap();
function describeSet(set) {
  let text3 = described.get(set);
  if (text3 === void 0) {
    text3 = `input ${money(set.input)}, output ${money(set.output)}, 5m write ${money(set.cacheWrite5m)}, 1h write ${money(set.cacheWrite1h)}, cache read ${money(set.cacheRead)} per Mtok`;
    described.set(set, text3);
  }
  return text3;
}
function unknownResult(model, canonical, reason) {
  return {
    costUsd: void 0,
    known: false,
    canonicalModel: canonical,
    rule: `no price: ${reason}`,
    breakdown: {
      input: void 0,
      output: void 0,
      cacheWrite5m: void 0,
      cacheWrite1h: void 0,
      cacheRead: void 0,
      webSearch: void 0
    },
    reason: reason || `no price for ${JSON.stringify(model)}`
  };
}
function priceUsage(model, usage, options = {}) {
  try {
    return price(model, usage, options);
  } catch (error) {
    return unknownResult(String(model), void 0, `pricing failed: ${String(error)}`);
  }
}
function price(model, usage, options) {
  if (typeof model !== "string")
    return unknownResult(String(model), void 0, "the model id is not a string");
  const canonical = canonicalModelId(model);
  if (typeof usage !== "object" || usage === null || Array.isArray(usage))
    return unknownResult(model, canonical, "usage is not an object");
  const { own: own2, ownKey, star } = findOverride(options.overrides, model, canonical);
  const categoryOverride = own2 ?? star;
  const entry = canonical !== void 0 && Object.hasOwn(PRICE_TABLE.models, canonical) ? PRICE_TABLE.models[canonical] : void 0;
  const fullOverride = explicitPrice(own2, "input") !== void 0 && explicitPrice(own2, "output") !== void 0 && explicitPrice(own2, "cacheRead") !== void 0 && explicitPrice(own2, "cacheWrite5m") !== void 0;
  if (!entry && !fullOverride) {
    return unknownResult(
      model,
      canonical,
      `Claude Code ${PRICE_TABLE.claudeCodeVersion} has no price for ${JSON.stringify(model)}${canonical && canonical !== model ? ` (${canonical})` : ""}; it reports costBasis "unknown" (add a price override to price it)`
    );
  }
  const speed = usage.speed;
  const fastRequested = typeof speed === "string" && speed !== "" && speed !== "standard";
  const fastSet = fastRequested ? entry?.fast : void 0;
  const baseSet = fastSet ?? entry?.standard;
  const long = fastSet ? void 0 : entry?.longContext;
  const geoValue = typeof usage.inference_geo === "string" ? usage.inference_geo : void 0;
  const geo = geoValue !== void 0 ? entry?.geoMultipliers[geoValue] ?? 1 : 1;
  const webSearchList = entry?.webSearchPerRequest ?? defaultWebSearchPrice();
  const fixed = {};
  for (const c of [...TOKEN_CATEGORIES, "webSearch"]) {
    const p = explicitPrice(categoryOverride, c);
    if (p !== void 0) fixed[c] = p;
  }
  if (!entry && fixed.cacheWrite1h === void 0) fixed.cacheWrite1h = fixed.cacheWrite5m;
  const catMult = (c) => multiplierOf(categoryOverride?.multipliers?.[c]);
  const listPrice = (set, c) => (set ? set[c] : 0) * catMult(c);
  const pieces = piecesOf(usage, long !== void 0);
  const parts = { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 };
  const flat = { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 };
  let tokens = 0;
  let longPieces = 0;
  for (const piece of pieces) {
    const set = long && countedInput(piece, long) > long.aboveInputTokens ? long : baseSet;
    if (long && set === long) longPieces++;
    const amounts = {
      input: piece.input,
      output: piece.output,
      cacheRead: piece.cacheRead,
      cacheWrite1h: piece.oneHour,
      cacheWrite5m: piece.cacheWrite - piece.oneHour
    };
    const cost = (c) => {
      const f = fixed[c];
      if (f !== void 0) {
        const v2 = amounts[c] / M * f;
        flat[c] += v2;
        return 0;
      }
      const v = amounts[c] / M * listPrice(set, c);
      parts[c] += v;
      return v;
    };
    const oneHourCost = cost("cacheWrite1h");
    const fiveMinuteCost = cost("cacheWrite5m");
    const writes = piece.oneHour > 0 ? oneHourCost + fiveMinuteCost : fiveMinuteCost;
    tokens += cost("input") + cost("output") + cost("cacheRead") + writes;
  }
  const flatTokens = flat.input + flat.output + flat.cacheRead + flat.cacheWrite5m + flat.cacheWrite1h;
  const searches = count(usage.server_tool_use?.web_search_requests);
  const webSearchFixed = fixed.webSearch;
  const geoOnSearch = PRICE_TABLE.rules.geoAppliesToWebSearch === true ? geo : 1;
  const webSearch = webSearchFixed !== void 0 ? searches * webSearchFixed : searches * webSearchList * catMult("webSearch") * geoOnSearch;
  const multiplier = multiplierOf(own2?.multiplier) * multiplierOf(star?.multiplier);
  let costUsd = tokens * geo + flatTokens + webSearch;
  if (multiplier !== 1) costUsd *= multiplier;
  const scale = (v, c) => (v * geo + flat[c]) * multiplier;
  const rule = [];
  const name = canonical ?? model;
  if (entry && baseSet) {
    rule.push(`${name} ${fastSet ? "fast-mode" : "list"} prices: ${describeSet(baseSet)}`);
    if (fastRequested && !fastSet) rule.push(`speed "${speed}" costs the standard prices for this model`);
    if (long) {
      const what = long.countedTokens.join(" + ");
      rule.push(
        longPieces > 0 ? `long context (${what} > ${long.aboveInputTokens} tokens): every token at ${describeSet(long)}` : `under the long-context threshold (${what} <= ${long.aboveInputTokens} tokens)`
      );
      if (pieces.length > 1) rule.push(`${pieces.length} iterations priced one by one (${longPieces} above)`);
    }
  } else {
    rule.push(`${name} priced only by override ${JSON.stringify(ownKey)}`);
  }
  if (geo !== 1) rule.push(`inference_geo "${geoValue}" \xD7${geo} on tokens`);
  if (searches > 0)
    rule.push(
      `${searches} web search${searches === 1 ? "" : "es"} \xD7 ${money(webSearchFixed ?? webSearchList)}`
    );
  const fixedNames = Object.keys(fixed);
  if (fixedNames.length > 0 || categoryOverride?.multipliers || multiplier !== 1) {
    const from = own2 ? `override ${JSON.stringify(ownKey)}` : 'override "*"';
    const bits = [];
    if (fixedNames.length > 0)
      bits.push(`fixed ${fixedNames.map((c) => `${c} ${money(fixed[c] ?? 0)}`).join(", ")}`);
    if (categoryOverride?.multipliers)
      bits.push(`category multipliers ${JSON.stringify(categoryOverride.multipliers)}`);
    if (multiplier !== 1) bits.push(`\xD7${multiplier} overall`);
    rule.push(`${from}: ${bits.join("; ")}`);
  }
  return {
    costUsd,
    known: true,
    canonicalModel: canonical,
    rule: rule.join("; "),
    breakdown: {
      input: scale(parts.input, "input"),
      output: scale(parts.output, "output"),
      cacheWrite5m: scale(parts.cacheWrite5m, "cacheWrite5m"),
      cacheWrite1h: scale(parts.cacheWrite1h, "cacheWrite1h"),
      cacheRead: scale(parts.cacheRead, "cacheRead"),
      webSearch: webSearch * multiplier
    }
  };
}
function defaultWebSearchPrice() {
  return PRICE_TABLE.models[PRICE_TABLE.rules.referenceModel]?.webSearchPerRequest ?? 0;
}

// packages/pricing/src/sum-costs.ts
function sumCosts(costs) {
  let total = 0;
  for (const cost of costs) if (Number.isFinite(cost)) total += cost;
  return total;
}

// packages/core/src/resolve-pricing.ts
function resolvePricing(pricing) {
  const priceOptions = pricing?.overrides ? { overrides: pricing.overrides } : void 0;
  return {
    pricer: pricing?.pricer ?? ((model, usage) => priceUsage(model, usage, priceOptions)),
    sum: pricing?.sumCosts ?? sumCosts
  };
}
function priceEntry(pricer, e) {
  const model = e.requestedModel ?? e.model;
  const p = priceResponse(pricer, model, e.usage, e.recordedCostUsd);
  const result = {
    costUsd: p.costUsd,
    known: p.source !== "unknown",
    ...p.rule ? { rule: p.rule } : {},
    ...p.canonicalModel ? { canonicalModel: p.canonicalModel } : {}
  };
  return { result, model };
}

// packages/core/src/tool-signal.ts
var EDIT_TOOLS = /* @__PURE__ */ new Set(["Edit", "MultiEdit", "Write", "NotebookEdit"]);
var LANGUAGES = {
  ts: "TypeScript",
  tsx: "TypeScript",
  mts: "TypeScript",
  cts: "TypeScript",
  js: "JavaScript",
  jsx: "JavaScript",
  mjs: "JavaScript",
  cjs: "JavaScript",
  py: "Python",
  ipynb: "Jupyter Notebook",
  go: "Go",
  rs: "Rust",
  java: "Java",
  kt: "Kotlin",
  rb: "Ruby",
  php: "PHP",
  c: "C",
  h: "C",
  cc: "C++",
  cpp: "C++",
  cxx: "C++",
  hpp: "C++",
  cs: "C#",
  swift: "Swift",
  scala: "Scala",
  sh: "Shell",
  bash: "Shell",
  sql: "SQL",
  html: "HTML",
  css: "CSS",
  scss: "CSS",
  md: "Markdown",
  json: "JSON",
  yaml: "YAML",
  yml: "YAML",
  toml: "TOML",
  xml: "XML",
  txt: "Text"
};
function languageOf(path2) {
  const base = path2.slice(path2.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return "other";
  return LANGUAGES[base.slice(dot + 1).toLowerCase()] ?? "other";
}
var COMMAND_START = String.raw`(?:^|[;&|(\n]|\bthen\b|\bdo\b)\s*(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*`;
var GIT_COMMIT = new RegExp(
  String.raw`${COMMAND_START}(?:\S*/)?git(?:\s+(?:-[cC]\s+\S+|--?[A-Za-z][\w-]*(?:=\S+)?))*\s+commit(?![\w-])`
);
var GH_PR_CREATE = new RegExp(
  String.raw`${COMMAND_START}(?:\S*/)?gh(?:\s+(?:-R\s+\S+|--?[A-Za-z][\w-]*(?:=\S+)?))*\s+pr\s+create(?![\w-])`
);
function toolUseSignal(name, input) {
  if (!isObject(input)) return void 0;
  if (EDIT_TOOLS.has(name)) {
    const path2 = input.file_path ?? input.notebook_path;
    return typeof path2 === "string" ? { language: languageOf(path2) } : void 0;
  }
  if (name !== "Bash" || typeof input.command !== "string") return void 0;
  const command = input.command;
  if (GIT_COMMIT.test(command)) return { vcsAction: "commit" };
  if (GH_PR_CREATE.test(command)) return { vcsAction: "pull_request" };
  return void 0;
}
function lineCount(text3) {
  if (text3.length === 0) return 0;
  let n = 1;
  for (let i = text3.indexOf("\n"); i !== -1; i = text3.indexOf("\n", i + 1)) n += 1;
  return text3.endsWith("\n") ? n - 1 : n;
}
function patchLines(patch) {
  if (!Array.isArray(patch)) return void 0;
  let added = 0;
  let removed = 0;
  for (const hunk of patch) {
    if (!isObject(hunk) || !Array.isArray(hunk.lines)) continue;
    for (const line of hunk.lines) {
      if (typeof line !== "string") continue;
      if (line.startsWith("+")) added += 1;
      else if (line.startsWith("-")) removed += 1;
    }
  }
  return { added, removed };
}
function cellSource(source) {
  if (typeof source === "string") return source;
  if (Array.isArray(source)) return source.filter((s) => typeof s === "string").join("");
  return void 0;
}
function originalCell(result) {
  const id = result.cell_id;
  if (typeof result.original_file !== "string" || typeof id !== "string") return void 0;
  try {
    const cells = JSON.parse(result.original_file).cells;
    if (!Array.isArray(cells)) return void 0;
    const cell = cells.find((c) => isObject(c) && c.id === id) ?? cells[Number(/^cell-(\d+)$/.exec(id)?.[1])];
    return isObject(cell) ? cellSource(cell.source) : void 0;
  } catch {
    return void 0;
  }
}
function editLines(result) {
  if (typeof result.new_source === "string" || result.edit_mode === "delete") {
    const mode = result.edit_mode;
    const old = mode === "insert" ? "" : typeof result.old_source === "string" ? result.old_source : originalCell(result) ?? "";
    if (mode === "delete") return { added: 0, removed: lineCount(old) };
    return { added: lineCount(result.new_source), removed: lineCount(old) };
  }
  if (result.type === "create" && typeof result.content === "string")
    return { added: lineCount(result.content), removed: 0 };
  return patchLines(result.structuredPatch);
}
function toolResultSignal(result) {
  if (!isObject(result)) return void 0;
  if (typeof result.stdout === "string") {
    const op = isObject(result.gitOperation) ? result.gitOperation : void 0;
    const out = {};
    const sha = isObject(op?.commit) ? op.commit.sha : void 0;
    if (typeof sha === "string" && /^[0-9a-f]{4,64}$/.test(sha)) out.commitId = sha;
    const pr = isObject(op?.pr) && op.pr.action === "created" ? op.pr.number : void 0;
    if (typeof pr === "number" && Number.isSafeInteger(pr)) out.pullRequest = pr;
    return Object.keys(out).length > 0 ? out : void 0;
  }
  const lines = editLines(result);
  return lines ? { linesAdded: lines.added, linesRemoved: lines.removed } : void 0;
}
function mergeToolSignals(a, b) {
  if (!a) return b;
  if (!b) return a;
  return { ...a, ...b };
}

// packages/core/src/usage-totals.ts
var defaultSum = (costs) => {
  let total = 0;
  for (const c of costs) total += c;
  return total;
};
function emptyModelTotals() {
  return {
    llmCalls: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheReadInputTokens: 0,
    cacheCreationInputTokens: 0,
    cacheCreation5mInputTokens: 0,
    cacheCreation1hInputTokens: 0,
    webSearchRequests: 0,
    costUsd: 0,
    unpricedCalls: 0
  };
}
function cacheWriteSplit(usage) {
  const oneHourField = usage.cache_creation?.ephemeral_1h_input_tokens ?? 0;
  const total = usage.cache_creation_input_tokens ?? (usage.cache_creation?.ephemeral_5m_input_tokens ?? 0) + oneHourField;
  const oneHour = Math.max(0, Math.min(oneHourField, total));
  return { fiveMinute: total - oneHour, oneHour };
}
function totalsOf(children, nested, sum2) {
  const own2 = emptyModelTotals();
  const byModel = {};
  const costs = [];
  let toolCalls = 0;
  let toolErrors = 0;
  let toolDenied = 0;
  let toolInterrupted = 0;
  for (const child of children) {
    if (child.kind === "tool") {
      toolCalls += 1;
      if (child.toolStatus === "error") toolErrors += 1;
      else if (child.toolStatus === "denied") toolDenied += 1;
      else if (child.toolStatus === "interrupted") toolInterrupted += 1;
      continue;
    }
    const m = byModel[child.pricedModel] ??= emptyModelTotals();
    const u = child.usage;
    const split = cacheWriteSplit(u);
    for (const t of [own2, m]) {
      t.llmCalls += 1;
      t.inputTokens += u.input_tokens ?? 0;
      t.outputTokens += u.output_tokens ?? 0;
      t.cacheReadInputTokens += u.cache_read_input_tokens ?? 0;
      t.cacheCreationInputTokens += u.cache_creation_input_tokens ?? 0;
      t.cacheCreation5mInputTokens += split.fiveMinute;
      t.cacheCreation1hInputTokens += split.oneHour;
      t.webSearchRequests += u.server_tool_use?.web_search_requests ?? 0;
      if (child.costUsd === void 0) t.unpricedCalls += 1;
    }
    if (child.costUsd !== void 0) {
      costs.push(child.costUsd);
      m.costUsd += child.costUsd;
    }
  }
  own2.costUsd = (sum2 ?? defaultSum)(costs);
  const mine = {
    ...own2,
    toolCalls,
    toolErrors,
    toolDenied,
    toolInterrupted,
    toolFailures: toolErrors + toolDenied + toolInterrupted,
    byModel
  };
  return sumTotals([mine, ...nested.map((n) => n.totals)], sum2 ?? defaultSum);
}
function sumTotals(parts, sum2 = defaultSum) {
  const out = emptyModelTotals();
  const byModel = {};
  let toolCalls = 0;
  let toolErrors = 0;
  let toolDenied = 0;
  let toolInterrupted = 0;
  const costs = [];
  const modelCosts = {};
  for (const p of parts) {
    out.llmCalls += p.llmCalls;
    out.inputTokens += p.inputTokens;
    out.outputTokens += p.outputTokens;
    out.cacheReadInputTokens += p.cacheReadInputTokens;
    out.cacheCreationInputTokens += p.cacheCreationInputTokens;
    out.cacheCreation5mInputTokens += p.cacheCreation5mInputTokens;
    out.cacheCreation1hInputTokens += p.cacheCreation1hInputTokens;
    out.webSearchRequests += p.webSearchRequests;
    out.unpricedCalls += p.unpricedCalls;
    costs.push(p.costUsd);
    toolCalls += p.toolCalls;
    toolErrors += p.toolErrors;
    toolDenied += p.toolDenied;
    toolInterrupted += p.toolInterrupted;
    for (const [model, m] of Object.entries(p.byModel)) {
      const t = byModel[model] ??= emptyModelTotals();
      t.llmCalls += m.llmCalls;
      t.inputTokens += m.inputTokens;
      t.outputTokens += m.outputTokens;
      t.cacheReadInputTokens += m.cacheReadInputTokens;
      t.cacheCreationInputTokens += m.cacheCreationInputTokens;
      t.cacheCreation5mInputTokens += m.cacheCreation5mInputTokens;
      t.cacheCreation1hInputTokens += m.cacheCreation1hInputTokens;
      t.webSearchRequests += m.webSearchRequests;
      t.unpricedCalls += m.unpricedCalls;
      (modelCosts[model] ??= []).push(m.costUsd);
    }
  }
  out.costUsd = sum2(costs);
  for (const [model, list] of Object.entries(modelCosts)) byModel[model].costUsd = sum2(list);
  return {
    ...out,
    toolCalls,
    toolErrors,
    toolDenied,
    toolInterrupted,
    toolFailures: toolErrors + toolDenied + toolInterrupted,
    byModel
  };
}

// packages/core/src/build-trace-nodes.ts
function buildChildren(ctx, cid, parentSpanId, visiting) {
  const { state } = ctx;
  const bucket = state.buckets.get(cid);
  const children = [];
  const nested = [];
  if (!bucket) return { children, nested };
  const placed = [];
  const llmNodes = /* @__PURE__ */ new Map();
  for (const response of bucket.llm) {
    const node = buildLlm(ctx, response, parentSpanId);
    llmNodes.set(response.spanKey, node);
    placed.push({ node, atMs: node.startMs, anchor: node.spanId, rank: -1 });
  }
  for (const tool of bucket.tools) {
    const toolSpan = toolSpanId(state.sessionId, tool.id);
    const subagents = (ctx.agentsByTool.get(tool.id) ?? []).map(
      (id) => buildAgent(ctx, id, toolSpan, visiting)
    );
    nested.push(...subagents);
    const requester = tool.requestedBy !== void 0 ? llmNodes.get(tool.requestedBy) : void 0;
    const node = buildTool(ctx, tool, requester?.spanId ?? parentSpanId, subagents);
    placed.push(
      requester ? {
        node,
        atMs: requester.startMs,
        anchor: requester.spanId,
        rank: tool.requestIndex ?? Number.MAX_SAFE_INTEGER
      } : { node, atMs: node.startMs, anchor: node.spanId, rank: -1 }
    );
  }
  placed.sort(
    (a, b) => a.atMs - b.atMs || compareStr(a.anchor, b.anchor) || a.rank - b.rank || compareStr(a.node.spanId, b.node.spanId)
  );
  for (const p of placed) children.push(p.node);
  return { children, nested };
}
function buildTurn(ctx, turn) {
  const { state } = ctx;
  const spanId = turnSpanId(state.sessionId, turn.key);
  const visiting = /* @__PURE__ */ new Set();
  const { children, nested } = buildChildren(ctx, turnCid(turn.key), spanId, visiting);
  const direct = (ctx.agentsByTurn.get(turn.key) ?? []).map((id) => buildAgent(ctx, id, spanId, visiting));
  let startMs = minOf(turn.promptMs, turn.liveSubmitMs);
  let endMs = turn.endSignalMs;
  for (const child of children) {
    startMs = minOf(startMs, child.startMs);
    endMs = maxOf(endMs, child.endMs);
  }
  startMs ??= endMs ?? 0;
  endMs = Math.max(endMs ?? startMs, startMs);
  const complete = turn.ended || ctx.sessionComplete || ctx.final;
  const cut = cutOff(state, turn.ended);
  const unanswered = unansweredRequests(state, turn.key, spanId);
  for (const u of unanswered) endMs = Math.max(endMs, u.endMs);
  let error = turn.error ?? (cut ? "interrupted: Claude Code exited mid-turn" : void 0);
  for (const child of children) if (child.kind === "llm" && child.error) error ??= child.error;
  const failed5 = cut || turn.failed || children.some((c) => c.kind === "llm" && c.status === "error");
  const status = failed5 ? "error" : complete ? "ok" : "unset";
  const node = {
    kind: "turn",
    key: turn.key,
    spanId,
    parentSpanId: sessionSpanId(state.sessionId),
    startMs,
    endMs,
    complete,
    status,
    interrupted: turn.interrupted || cut,
    children,
    subagents: direct,
    totals: totalsOf(children, [...nested, ...direct], ctx.sum)
  };
  if (turn.promptId) node.promptId = turn.promptId;
  if (turn.textLength !== void 0) node.textLength = turn.textLength;
  if (turn.text !== void 0) node.text = turn.text;
  if (turn.textShape) node.textShape = turn.textShape;
  if (turn.origin) node.origin = turn.origin;
  if (failed5) node.error = error ?? "turn failed";
  if (unanswered.length > 0) node.unanswered = unanswered;
  return node;
}
function buildAgent(ctx, id, parentSpanId, visiting) {
  const { state } = ctx;
  const cached = ctx.agentSnap.get(id);
  if (cached && cached.parentSpanId === parentSpanId) return cached;
  const agent = state.agents.get(id);
  const spanId = agentSpanId(state.sessionId, id);
  let result;
  if (visiting.has(id)) {
    result = emptyAgent(agent, spanId, parentSpanId);
  } else {
    visiting.add(id);
    const { children, nested } = buildChildren(ctx, agentCid(id), spanId, visiting);
    visiting.delete(id);
    let startMs = minOf(agent.liveStartMs, agent.firstMs);
    let endMs = maxOf(agent.lastMs, agent.liveStopMs);
    for (const child of children) {
      startMs = minOf(startMs, child.startMs);
      endMs = maxOf(endMs, child.endMs);
    }
    startMs ??= endMs ?? 0;
    endMs = Math.max(endMs ?? startMs, startMs);
    const complete = agent.stopped || agent.resultCompleted || agent.notifiedStatus !== void 0 || ctx.sessionComplete || ctx.final;
    const failed5 = agent.notifiedStatus !== void 0 && agent.notifiedStatus !== "completed";
    const node = {
      kind: "subagent",
      agentId: id,
      spanId,
      parentSpanId,
      startMs,
      endMs,
      complete,
      status: failed5 ? "error" : complete ? "ok" : "unset",
      children,
      totals: totalsOf(children, nested, ctx.sum)
    };
    if (agent.type) node.agentType = agent.type;
    if (agent.model) node.model = agent.model;
    if (agent.parentToolUseId) node.parentToolUseId = agent.parentToolUseId;
    if (agent.promptId) node.promptId = agent.promptId;
    result = node;
  }
  ctx.agentSnap.set(id, result);
  return result;
}
function buildLlm(ctx, response, parentSpanId) {
  const { state } = ctx;
  const e = response.entry;
  if (!response.priced || response.priced.entry !== e)
    response.priced = { entry: e, ...priceEntry(ctx.pricer, e) };
  const { result: price2, model: pricedModel } = response.priced;
  const requestStart = e.requestRef ? state.requestStart.get(e.requestRef) : void 0;
  const startMs = response.step?.startMs ?? requestStart ?? e.firstTimeMs ?? e.timeMs ?? 0;
  const endMs = Math.max(response.step?.endMs ?? e.lastTimeMs ?? startMs, startMs);
  const node = {
    kind: "llm",
    key: response.spanKey,
    spanId: llmSpanId(state.sessionId, response.spanKey),
    parentSpanId,
    startMs,
    endMs,
    complete: true,
    status: e.apiError ? "error" : "ok",
    messageId: e.messageId,
    model: e.model,
    pricedModel,
    usage: e.usage,
    costKnown: price2.known && price2.costUsd !== void 0,
    toolUseIds: e.toolUses.map((t) => t.id)
  };
  if (e.requestId) node.requestId = e.requestId;
  if (e.requestedModel) node.requestedModel = e.requestedModel;
  if (price2.costUsd !== void 0 && price2.known) node.costUsd = price2.costUsd;
  if (price2.rule) node.costRule = price2.rule;
  if (price2.canonicalModel) node.canonicalModel = price2.canonicalModel;
  if (e.stopReason) node.stopReason = e.stopReason;
  const first = response.step?.firstChunkMs ?? e.firstTimeMs;
  if (first !== void 0) node.firstContentMs = Math.max(first, startMs);
  if (e.agentId) node.agentId = e.agentId;
  if (e.apiError) node.error = e.apiError;
  if (e.thinking) node.thinking = e.thinking;
  const scope = state.scopes.response(e.messageId, (id) => state.agents.get(id)?.parentToolUseId);
  if (scope.skill || scope.command) node.scope = scope;
  return node;
}
function buildTool(ctx, tool, parentSpanId, subagents) {
  const { state } = ctx;
  const r = tool.result;
  let status;
  if (r?.denied || tool.liveStatus === "denied") status = "denied";
  else if (r?.interrupted || tool.liveStatus === "interrupted") status = "interrupted";
  else if (tool.liveStatus) status = tool.liveStatus;
  else if (r) status = r.isError ? "error" : "ok";
  else status = "running";
  const startMs = tool.liveStartMs ?? tool.assistantMs ?? tool.liveEndMs ?? r?.timeMs ?? 0;
  const endCandidate = tool.liveEndMs ?? r?.timeMs;
  const endMs = Math.max(endCandidate ?? startMs, startMs);
  const node = {
    kind: "tool",
    toolUseId: tool.id,
    name: tool.name ?? "unknown",
    spanId: toolSpanId(state.sessionId, tool.id),
    parentSpanId,
    startMs,
    endMs,
    complete: status !== "running",
    status: status === "running" ? "unset" : status === "ok" ? "ok" : "error",
    toolStatus: status,
    seenIn: tool.seenTranscript && tool.seenLive ? "both" : tool.seenLive ? "live" : "transcript",
    subagents
  };
  if (status !== "running") {
    const d = tool.durationMs ?? (endCandidate !== void 0 ? endMs - startMs : void 0);
    if (d !== void 0) node.durationMs = d;
  }
  const errorText = r?.errorText ?? tool.liveErrorText ?? r?.errorSummary;
  if (status !== "ok" && status !== "running" && errorText) node.errorText = errorText;
  if (tool.inputBytes !== void 0) node.inputBytes = tool.inputBytes;
  if (tool.outputBytes !== void 0) node.outputBytes = tool.outputBytes;
  if (tool.input !== void 0) node.input = tool.input;
  if (tool.output !== void 0) node.output = tool.output;
  if (tool.inputShape) node.inputShape = tool.inputShape;
  if (tool.outputShape) node.outputShape = tool.outputShape;
  if (tool.inputHash) node.inputHash = tool.inputHash;
  if (r?.outputHash) node.outputHash = r.outputHash;
  if (r?.permissionDecision) node.permission = r.permissionDecision;
  if (r?.denialKind) node.denialKind = r.denialKind;
  if (tool.requestedBy) node.requestedBy = llmSpanId(state.sessionId, tool.requestedBy);
  if (tool.agentId) node.agentId = tool.agentId;
  if (tool.promptId) node.promptId = tool.promptId;
  if (tool.skill) node.skill = tool.skill;
  const scope = state.scopes.tool(tool.id, (id) => state.agents.get(id)?.parentToolUseId);
  if (scope.skill || scope.command) node.scope = scope;
  const signal = mergeToolSignals(tool.useSignal, r?.signal);
  if (signal) node.signal = signal;
  return node;
}
function emptyAgent(agent, spanId, parentSpanId) {
  const t = agent.firstMs ?? agent.liveStartMs ?? 0;
  return {
    kind: "subagent",
    agentId: agent.id,
    spanId,
    parentSpanId,
    startMs: t,
    endMs: t,
    complete: false,
    status: "unset",
    children: [],
    totals: sumTotals([], defaultSum)
  };
}

// packages/core/src/live-matching.ts
var MOD_TURN_BEFORE_MS = 1e4;
var MOD_TURN_AFTER_MS = 2e3;
var LiveMatcher = class {
  /** Mod turn ids (main thread) → when they started; mod events carry no prompt id. */
  #modTurnStart = /* @__PURE__ */ new Map();
  #pendingModCompletes = [];
  #claimedByMod = /* @__PURE__ */ new Set();
  #pendingSteps = [];
  modTurnStarted(turnId, atMs) {
    this.#modTurnStart.set(turnId, atMs);
  }
  addStep(e) {
    this.#pendingSteps.push(e);
  }
  addModComplete(e) {
    this.#pendingModCompletes.push(e);
  }
  /** Matches what the transcript now allows; the rest keeps waiting. */
  match(state) {
    this.#matchSteps(state);
    this.#matchModCompletes(state);
  }
  #matchSteps(state) {
    if (this.#pendingSteps.length === 0) return;
    const left = [];
    for (const step of this.#pendingSteps) {
      const set = step.usage ? state.responses.unclaimedWithUsage(step.usage) : void 0;
      if (!set || set.size === 0) {
        left.push(step);
        continue;
      }
      let best;
      let bestGap = Number.POSITIVE_INFINITY;
      for (const candidate of set) {
        const gap = Math.abs((candidate.entry.firstTimeMs ?? step.startMs) - step.startMs);
        if (gap < bestGap) {
          best = candidate;
          bestGap = gap;
        }
      }
      if (!best) {
        left.push(step);
        continue;
      }
      state.responses.claim(best, {
        startMs: step.startMs,
        endMs: step.endMs,
        firstChunkMs: step.firstChunkMs
      });
      state.touch(best.cid);
    }
    this.#pendingSteps = left.length > 1e4 ? left.slice(-1e4) : left;
  }
  #matchModCompletes(state) {
    if (this.#pendingModCompletes.length === 0) return;
    const left = [];
    for (const e of this.#pendingModCompletes) {
      const startedAt = e.turnId ? this.#modTurnStart.get(e.turnId) : void 0;
      let best;
      let bestStart = Number.NEGATIVE_INFINITY;
      if (startedAt !== void 0) {
        for (const turn of state.turns.values()) {
          const start = minOf(turn.promptMs, turn.liveSubmitMs);
          if (start === void 0 || this.#claimedByMod.has(turn.key)) continue;
          if (start > startedAt + MOD_TURN_AFTER_MS || start < startedAt - MOD_TURN_BEFORE_MS) continue;
          if (start > bestStart) {
            best = turn;
            bestStart = start;
          }
        }
      }
      if (!best) {
        left.push(e);
        continue;
      }
      this.#claimedByMod.add(best.key);
      best.ended = true;
      best.endSignalMs = maxOf(best.endSignalMs, e.atMs);
      if (e.reason === "aborted") best.interrupted = true;
      if (e.reason === "error") best.failed = true;
      state.touch(turnCid(best.key));
    }
    this.#pendingModCompletes = left.length > 1e3 ? left.slice(-1e3) : left;
  }
};

// packages/core/src/trace-snapshots.ts
var TOTALS_BLOCK = 64;
var TraceSnapshots = class {
  #turnSnap = /* @__PURE__ */ new Map();
  agentSnap = /* @__PURE__ */ new Map();
  /** Each subagent's turn at the last build: a move dirties the old and the new one. */
  agentRoot = /* @__PURE__ */ new Map();
  #lastComplete = false;
  #blockCache = [];
  /** Completion of the session completes open turns and agents: those are rebuilt. */
  sessionCompletion(state, sessionComplete, final) {
    if (sessionComplete === this.#lastComplete && !final) return;
    for (const [key, snap] of this.#turnSnap) if (!snap.complete) state.dirty.add(turnCid(key));
    for (const [id, snap] of this.agentSnap) if (!snap.complete) state.dirty.add(agentCid(id));
    this.#lastComplete = sessionComplete;
  }
  /** Forgets the subagent nodes whose container changed (after placement has dirtied their ancestors). */
  dropChangedAgents(state) {
    for (const cid of state.dirty) {
      const id = agentOfCid(cid);
      if (id !== void 0) this.agentSnap.delete(id);
    }
  }
  /** Every turn's node, the changed ones rebuilt, in start order; clears the dirty marks. */
  turns(ctx) {
    const { state } = ctx;
    const turns = [];
    for (const turn of state.turns.values()) {
      const cid = turnCid(turn.key);
      if (turn.key.startsWith("implicit:") && state.isEmpty(cid) && !ctx.agentsByTurn.has(turn.key)) continue;
      let snap = state.dirty.has(cid) ? void 0 : this.#turnSnap.get(turn.key);
      if (!snap) {
        snap = buildTurn(ctx, turn);
        this.#turnSnap.set(turn.key, snap);
      }
      turns.push(snap);
    }
    state.dirty.clear();
    turns.sort((a, b) => a.startMs - b.startMs || compareStr(a.key, b.key));
    return turns;
  }
  /**
   * Session totals are sums of turn totals in blocks of consecutive turns; a block whose turns did not
   * change keeps its sum, so a build after one turn costs O(turns / block + block), not O(turns × models).
   * The partition depends only on the turn list, so the result does not depend on the build history.
   */
  turnBlockTotals(turns, sum2) {
    const out = [];
    const blocks = Math.ceil(turns.length / TOTALS_BLOCK);
    for (let b = 0; b < blocks; b += 1) {
      const members = turns.slice(b * TOTALS_BLOCK, (b + 1) * TOTALS_BLOCK);
      const cached = this.#blockCache[b];
      if (cached && cached.members.length === members.length && cached.members.every((m, i) => m === members[i])) {
        out.push(cached.totals);
        continue;
      }
      const totals = sumTotals(
        members.map((t) => t.totals),
        sum2
      );
      this.#blockCache[b] = { members, totals };
      out.push(totals);
    }
    this.#blockCache.length = blocks;
    return out;
  }
};

// packages/core/src/hook-stop.ts
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var text = (v) => typeof v === "string" ? v : void 0;
var ORIGINAL_PROMPT = "\n\nOriginal prompt: ";
function hookStopOf(rec, options) {
  const reasonOf = (value) => options.hookReasons && value ? { reason: String(redactSecrets(value)) } : {};
  const ending = isObject2(rec.promptSubmitEnding) ? rec.promptSubmitEnding.ending : void 0;
  if (isObject2(ending) && ending.kind === "blocked_by_hook") {
    const content2 = text(rec.content) ?? "";
    const at = content2.lastIndexOf(ORIGINAL_PROMPT);
    const prompt = at >= 0 ? content2.slice(at + ORIGINAL_PROMPT.length) : void 0;
    return {
      event: "UserPromptSubmit",
      outcome: "blocked",
      ...reasonOf(text(ending.reason)),
      ...prompt !== void 0 && options.contentHash ? { inputHash: options.contentHash(prompt) } : {}
    };
  }
  if (rec.subtype !== "stop_hook_summary") return void 0;
  if (rec.preventedContinuation === true)
    return { event: "Stop", outcome: "stopped", ...reasonOf(text(rec.stopReason)) };
  const failed5 = new Set(Array.isArray(rec.failedHookErrorIndexes) ? rec.failedHookErrorIndexes : []);
  const blocks = (Array.isArray(rec.hookErrors) ? rec.hookErrors : []).filter(
    (e, i) => typeof e === "string" && !failed5.has(i)
  );
  if (blocks.length === 0) return void 0;
  return { event: "Stop", outcome: "continued", ...reasonOf(blocks.join("\n")) };
}

// packages/core/src/transcript-entry.ts
var MAX_ERROR_TEXT = 2e3;
var INTERRUPT = /^\[Request interrupted by user( for tool use)?\]/;
var LOCAL_OUTPUT = /^\s*<(local-command-stdout|local-command-stderr|local-command-caveat|bash-stdout|bash-stderr)>/;
var DENIAL_TEXT = /requested permissions? to|haven't granted it|permission to use \S+ (?:has been|was) denied|doesn't want to proceed with this tool use|tool use was rejected|was blocked by (?:a |the )?(?:\S+ )?(?:hook|policy)|denied by (?:a |the )?(?:\S+ )?(?:hook|policy|permission)|Permission denied by|blocked by permission rules/i;
var INTERRUPT_TEXT = /interrupted by user|Request interrupted|was interrupted/i;
var TOOL_DISABLED = /^(?:<tool_use_error>)?(?:Error: )?No such tool available: \S+\. \S+ is disabled/;
function permissionDecisionOf(decision) {
  const out = {};
  for (const k of ["decision", "source", "reasonType", "reasonCode", "ruleSource"]) {
    const v = str(decision[k]);
    if (v !== void 0 && v.length <= 100) out[k] = v;
  }
  return out;
}
var DENY_DECISIONS = /* @__PURE__ */ new Set(["reject", "deny", "denied", "block", "blocked"]);
function parseNotification(text3) {
  if (!text3.startsWith("<task-notification>")) return void 0;
  const pick2 = (tag2) => new RegExp(`<${tag2}>([^<]{1,200})</${tag2}>`).exec(text3)?.[1]?.trim();
  return { agentId: pick2("task-id"), toolUseId: pick2("tool-use-id"), status: pick2("status") };
}
function normalizeUsage(raw) {
  if (!isObject(raw)) return {};
  const cc = isObject(raw.cache_creation) ? raw.cache_creation : void 0;
  const stu = isObject(raw.server_tool_use) ? raw.server_tool_use : void 0;
  const iterations = Array.isArray(raw.iterations) ? raw.iterations.filter(isObject) : [];
  return mergeUsage(iterations.length > 0 ? { iterations } : {}, {
    input_tokens: num(raw.input_tokens),
    output_tokens: num(raw.output_tokens),
    cache_creation_input_tokens: num(raw.cache_creation_input_tokens),
    cache_read_input_tokens: num(raw.cache_read_input_tokens),
    cache_creation: cc ? {
      ephemeral_5m_input_tokens: num(cc.ephemeral_5m_input_tokens),
      ephemeral_1h_input_tokens: num(cc.ephemeral_1h_input_tokens)
    } : void 0,
    server_tool_use: stu ? {
      web_search_requests: num(stu.web_search_requests),
      web_fetch_requests: num(stu.web_fetch_requests)
    } : void 0,
    speed: str(raw.speed),
    inference_geo: typeof raw.inference_geo === "string" ? raw.inference_geo : void 0,
    service_tier: str(raw.service_tier)
  });
}
function envelope(rec, inherited) {
  const env = {
    timeMs: parseTime(rec.timestamp) ?? inherited?.timeMs,
    uuid: str(rec.uuid),
    sessionId: str(rec.sessionId) ?? inherited?.sessionId,
    isSidechain: rec.isSidechain === true || inherited?.isSidechain === true,
    agentId: str(rec.agentId) ?? inherited?.agentId
  };
  if (inherited?.viaProgress) env.viaProgress = true;
  if (inherited?.parentToolUseId) env.parentToolUseId = inherited.parentToolUseId;
  for (const k of Object.keys(env)) if (env[k] === void 0) delete env[k];
  return env;
}
function normalizeAssistant(rec, env, opts) {
  const message = isObject(rec.message) ? rec.message : void 0;
  const messageId = str(message?.id);
  const model = str(message?.model);
  if (!message || !messageId || !model) return [{ ...env, kind: "other", type: "assistant" }];
  const toolUses = [];
  const content2 = Array.isArray(message.content) ? message.content : [];
  for (const block of content2) {
    if (!isObject(block) || block.type !== "tool_use") continue;
    const id = str(block.id);
    if (!id) continue;
    const ref = { id, name: str(block.name) ?? "unknown", timeMs: env.timeMs, inputBytes: byteSize(block.input) };
    if (opts.content) ref.input = block.input;
    if (opts.hashKey !== void 0) ref.inputShape = shapeOf(block.input, opts.hashKey);
    if (opts.contentHash) ref.inputHash = opts.contentHash(block.input);
    if ((ref.name === "Agent" || ref.name === "Task") && isObject(block.input)) {
      const type = str(block.input.subagent_type);
      if (type) ref.subagentType = type;
    }
    if (ref.name === "Skill" && isObject(block.input)) {
      const skill = str(block.input.skill);
      if (skill) ref.skill = skill;
    }
    const signal = toolUseSignal(ref.name, block.input);
    if (signal) ref.signal = signal;
    toolUses.push(ref);
  }
  const synthetic = model === "<synthetic>";
  const entry = {
    ...env,
    kind: "llm",
    messageId,
    requestId: str(rec.requestId),
    requestRef: str(rec.requestRef),
    model,
    requestedModel: str(rec.requestedModel),
    stopReason: str(message.stop_reason),
    usage: normalizeUsage(message.usage),
    toolUses,
    firstTimeMs: env.timeMs,
    lastTimeMs: env.timeMs,
    records: 1
  };
  const out = entry;
  if (synthetic) out.synthetic = true;
  const recordedCost = num(rec.costUSD);
  if (recordedCost !== void 0) out.recordedCostUsd = recordedCost;
  const attribution = str(rec.attributionAgent);
  if (attribution) out.attributionAgent = attribution;
  const thinking = opts.thinkingChars ? thinkingOf(content2, opts.thinkingChars) : void 0;
  if (thinking) out.thinking = thinking;
  if (rec.isApiErrorMessage === true || str(rec.error))
    out.apiError = apiErrorOf(str(rec.error) ?? contentText(message.content).slice(0, MAX_ERROR_TEXT), opts);
  for (const k of ["requestId", "requestRef", "requestedModel", "stopReason"])
    if (out[k] === void 0) delete out[k];
  return [out];
}
function apiErrorOf(text3, opts) {
  if (!text3) return "api_error";
  return opts.content ? text3 : errorSummary(text3);
}
function thinkingOf(content2, max) {
  for (const block of content2)
    if (isObject(block) && block.type === "thinking" && typeof block.thinking === "string" && block.thinking)
      return block.thinking.slice(0, max);
  return void 0;
}
function resultText(content2) {
  if (typeof content2 === "string") return content2;
  return contentText(content2);
}
function normalizeUser(rec, env, opts) {
  const message = isObject(rec.message) ? rec.message : void 0;
  if (!message) return [{ ...env, kind: "other", type: "user" }];
  const content2 = message.content;
  const promptId = str(rec.promptId);
  const toolUseResult = rec.toolUseResult;
  const tur = isObject(toolUseResult) ? toolUseResult : void 0;
  const decision = isObject(rec.permissionDecision) ? rec.permissionDecision : void 0;
  const out = [];
  if (Array.isArray(content2) && content2.some((b) => isObject(b) && b.type === "tool_result")) {
    for (const block of content2) {
      if (!isObject(block) || block.type !== "tool_result") continue;
      const toolUseId = str(block.tool_use_id);
      if (!toolUseId) continue;
      const isError = block.is_error === true;
      const text4 = resultText(block.content);
      const denied = isError && (str(rec.toolDenialKind) !== void 0 || DENY_DECISIONS.has(String(decision?.decision ?? "").toLowerCase()) || DENIAL_TEXT.test(text4.slice(0, 2e3)));
      const interrupted = !denied && (tur?.interrupted === true || isError && INTERRUPT_TEXT.test(text4.slice(0, 500)));
      const output = toolUseResult ?? block.content;
      const entry = {
        ...env,
        kind: "tool_result",
        toolUseId,
        isError,
        denied,
        interrupted,
        outputBytes: byteSize(block.content)
      };
      if (promptId) entry.promptId = promptId;
      if (isError && opts.content) entry.errorText = text4.slice(0, MAX_ERROR_TEXT);
      else if (isError) entry.errorSummary = errorSummary(text4);
      if (opts.content) entry.output = output;
      if (opts.hashKey !== void 0) entry.outputShape = shapeOf(output, opts.hashKey);
      if (decision) entry.permissionDecision = permissionDecisionOf(decision);
      const denialKind = str(rec.toolDenialKind) ?? (isError && TOOL_DISABLED.test(text4) ? "tool-disabled" : void 0);
      if (denialKind) entry.denialKind = denialKind;
      if (opts.contentHash) entry.outputHash = opts.contentHash(output);
      if (tur) {
        const spawned = str(tur.agentId);
        if (spawned) entry.spawnedAgentId = spawned;
        const status = str(tur.status);
        if (status) entry.resultStatus = status;
        const d = num(tur.totalDurationMs) ?? num(tur.durationMs);
        if (d !== void 0) entry.reportedDurationMs = d;
        const signal = toolResultSignal(tur);
        if (signal) entry.signal = signal;
      }
      out.push(entry);
    }
    return out;
  }
  const text3 = contentText(content2);
  if (rec.isCompactSummary === true) return [{ ...env, kind: "summary", compaction: true }];
  const interrupt = INTERRUPT.exec(text3);
  if (interrupt) {
    const entry = { ...env, kind: "interrupt", duringToolUse: interrupt[1] !== void 0 };
    return [promptId ? { ...entry, promptId } : entry];
  }
  if (rec.isMeta === true && isSkillExpansion(text3))
    return [{ ...env, kind: "other", type: "skill_expansion" }];
  if (rec.isMeta === true || rec.isVisibleInTranscriptOnly === true || LOCAL_OUTPUT.test(text3))
    return opts.keepOther ? [{ ...env, kind: "other", type: "user-meta" }] : [];
  if (typeof content2 !== "string" && !Array.isArray(content2))
    return [{ ...env, kind: "other", type: "user" }];
  const prompt = { ...env, kind: "prompt", textLength: text3.length };
  if (promptId) prompt.promptId = promptId;
  if (opts.content) prompt.text = text3;
  const command = commandOfPrompt(text3);
  if (command) prompt.command = command;
  if (opts.hashKey !== void 0) prompt.textShape = shapeOf(text3, opts.hashKey);
  const origin = isObject(rec.origin) ? str(rec.origin.kind) : void 0;
  const source = str(rec.promptSource);
  if (origin) prompt.origin = origin;
  else if (source && source !== "sdk" && source !== "user") prompt.origin = source;
  const notification = parseNotification(text3);
  if (notification) prompt.notification = notification;
  return [prompt];
}
function normalizeSystem(rec, env, opts) {
  const subtype = str(rec.subtype) ?? "unknown";
  const entry = { ...env, kind: "system", subtype };
  const d = num(rec.durationMs);
  if (d !== void 0) entry.durationMs = d;
  if (Array.isArray(rec.hookInfos)) {
    const durations = rec.hookInfos.map((h) => isObject(h) ? num(h.durationMs) : void 0).filter((x) => x !== void 0);
    if (durations.length > 0) entry.hookDurationsMs = durations;
  }
  if (isObject(rec.compactMetadata)) {
    const trigger = str(rec.compactMetadata.trigger);
    if (trigger) entry.compactTrigger = trigger;
    const pre = num(rec.compactMetadata.preTokens);
    if (pre !== void 0) entry.compactPreTokens = pre;
  }
  const level2 = str(rec.level);
  if (level2) entry.level = level2;
  const hookStop = hookStopOf(rec, opts);
  if (hookStop) entry.hookStop = hookStop;
  const signals = systemSignals(rec);
  return signals.length > 0 ? [entry, { ...env, kind: "signal", signals }] : [entry];
}
function normalizeProgress(rec, env, opts) {
  const data = isObject(rec.data) ? rec.data : void 0;
  if (data?.type !== "agent_progress" || !isObject(data.message))
    return opts.keepOther ? [{ ...env, kind: "other", type: `progress:${String(data?.type ?? "")}` }] : [];
  const inner = data.message;
  const innerRec = { ...inner, isSidechain: true };
  return normalizeRecord(innerRec, opts, {
    timeMs: env.timeMs,
    sessionId: env.sessionId,
    isSidechain: true,
    agentId: str(data.agentId) ?? env.agentId,
    viaProgress: true,
    parentToolUseId: str(rec.parentToolUseID)
  });
}
var IGNORED_TYPES = /* @__PURE__ */ new Set([
  "file-history-snapshot",
  "queue-operation",
  "api-request-shape",
  "api-request-blob",
  "tools-used",
  "last-prompt",
  "atis-latch",
  "mode",
  "permission-mode",
  "custom-title",
  "ai-title",
  "agent-name",
  "agent-setting",
  "pr-link",
  "bridge-session",
  "worktree-state"
]);
function normalizeRecord(rec, opts, inherited) {
  const role = isObject(rec.message) ? rec.message.role : void 0;
  const type = typeof rec.type === "string" ? rec.type : role === "assistant" || role === "user" ? role : "";
  const env = envelope(rec, inherited);
  switch (type) {
    case "assistant":
      return normalizeAssistant(rec, env, opts);
    case "user":
      return normalizeUser(rec, env, opts);
    case "system":
      return normalizeSystem(rec, env, opts);
    case "progress":
      return normalizeProgress(rec, env, opts);
    case "api-request": {
      const id = str(rec.id);
      if (!id) return [{ ...env, kind: "other", type }];
      const params = isObject(rec.params) ? rec.params : void 0;
      const entry = { ...env, kind: "api_request", id };
      const model = str(params?.model);
      const querySource = str(rec.querySource);
      return [{ ...entry, ...model ? { model } : {}, ...querySource ? { querySource } : {} }];
    }
    case "cost-state": {
      const modelUsage = isObject(rec.modelUsage) ? rec.modelUsage : {};
      return [{ ...env, kind: "cost_state", totalCostUsd: num(rec.totalCostUSD), modelUsage }];
    }
    case "summary":
      return [{ ...env, kind: "summary", compaction: false }];
    case "attachment": {
      const signals = attachmentSignals(rec);
      if (signals.length > 0) return [{ ...env, kind: "signal", signals }];
      return opts.keepOther ? [{ ...env, kind: "other", type }] : [];
    }
    default:
      if (!opts.keepOther && IGNORED_TYPES.has(type)) return [];
      return [{ ...env, kind: "other", type: type || "untyped" }];
  }
}
function normalizeTranscriptRecord(record, options = {}) {
  if (!isObject(record)) return [{ isSidechain: false, kind: "other", type: "not-an-object" }];
  try {
    return normalizeRecord(record, options);
  } catch {
    return [{ isSidechain: false, kind: "other", type: "unreadable" }];
  }
}

// packages/core/src/response-index.ts
var ResponseIndex = class {
  #byKey = /* @__PURE__ */ new Map();
  #byMessage = /* @__PURE__ */ new Map();
  #byRequestRef = /* @__PURE__ */ new Map();
  /** Responses no live step has claimed yet, by usage fingerprint. */
  #byFp = /* @__PURE__ */ new Map();
  /**
   * Adds one response, or merges it into the record of a copy already seen. `place` names the container of a
   * new record (it may open a turn, so it is called only then).
   */
  add(entry, place) {
    const dedupKey = llmKeyOf(entry);
    let state = this.#byKey.get(dedupKey);
    if (!state) {
      const byMessage = this.#byMessage.get(entry.messageId);
      if (byMessage && (byMessage.entry.isSidechain || entry.isSidechain)) state = byMessage;
    }
    let isNew = false;
    if (state) {
      this.#unindexFp(state);
      state.entry = mergeLlmResponses(state.entry, entry);
      this.#byKey.set(dedupKey, state);
    } else {
      state = { dedupKey, spanKey: entry.requestId ?? entry.messageId, entry, cid: place(dedupKey) };
      this.#byKey.set(dedupKey, state);
      this.#byMessage.set(entry.messageId, state);
      isNew = true;
    }
    if (state.entry.requestRef) this.#byRequestRef.set(state.entry.requestRef, state);
    this.#indexFp(state);
    return { state, isNew };
  }
  /** The response an `api-request` record (by its id) was answered with. */
  byRequestRef(requestRef) {
    return this.#byRequestRef.get(requestRef);
  }
  /** Responses with exactly this usage that no live step has claimed. */
  unclaimedWithUsage(usage) {
    return this.#byFp.get(usageFingerprint(usage));
  }
  /** A live step (the mod's timing of one request) claims a response. */
  claim(state, step) {
    this.#unindexFp(state);
    state.step = step;
  }
  #indexFp(state) {
    if (state.step) return;
    const fp = usageFingerprint(state.entry.usage);
    state.fp = fp;
    let set = this.#byFp.get(fp);
    if (!set) {
      set = /* @__PURE__ */ new Set();
      this.#byFp.set(fp, set);
    }
    set.add(state);
  }
  #unindexFp(state) {
    if (state.fp === void 0) return;
    const set = this.#byFp.get(state.fp);
    set?.delete(state);
    if (set && set.size === 0) this.#byFp.delete(state.fp);
    state.fp = void 0;
  }
};
function usageFingerprint(u) {
  return `${u.input_tokens ?? 0}|${u.output_tokens ?? 0}|${u.cache_read_input_tokens ?? 0}|${u.cache_creation_input_tokens ?? 0}`;
}

// packages/core/src/tracker-state.ts
var TrackerState = class {
  sessionId;
  session = { events: [], hookStops: /* @__PURE__ */ new Map() };
  responses = new ResponseIndex();
  tools = /* @__PURE__ */ new Map();
  agents = /* @__PURE__ */ new Map();
  turns = /* @__PURE__ */ new Map();
  buckets = /* @__PURE__ */ new Map();
  requestStart = /* @__PURE__ */ new Map();
  /** `api-request` records of the main thread and subagents: where each belongs, for unanswered ones. */
  requestInfo = /* @__PURE__ */ new Map();
  /** Session-level derived signals by log record id (`session-signals.ts`). */
  signals = /* @__PURE__ */ new Map();
  /** The skill and slash command of each response and tool call (`session-scopes.ts`). */
  scopes = new SessionScopes();
  /** Containers whose spans changed since the last build. */
  dirty = /* @__PURE__ */ new Set();
  /** The turn the transcript is in now, and the one live events are in. */
  transcriptTurn;
  liveTurn;
  #turnSeq = 0;
  constructor(sessionId) {
    this.sessionId = sessionId;
  }
  activity(timeMs) {
    if (timeMs !== void 0) this.session.lastActivityMs = maxOf(this.session.lastActivityMs, timeMs);
  }
  addEvent(event) {
    const events = this.session.events;
    const dup = events.some((x) => x.name === event.name && Math.abs(x.timeMs - event.timeMs) < 1e3);
    if (!dup) events.push(event);
  }
  touch(cid) {
    this.dirty.add(cid);
  }
  bucket(cid) {
    let b = this.buckets.get(cid);
    if (!b) {
      b = { llm: /* @__PURE__ */ new Set(), tools: /* @__PURE__ */ new Set() };
      this.buckets.set(cid, b);
    }
    return b;
  }
  isEmpty(cid) {
    const bucket = this.buckets.get(cid);
    return !bucket || bucket.llm.size === 0 && bucket.tools.size === 0;
  }
  /** Finds or creates a turn. A new turn ends the previous one of the same channel. */
  turn(key, channel) {
    let turn = this.turns.get(key);
    if (!turn) {
      turn = { key, seq: this.#turnSeq++, ended: false, failed: false, interrupted: false };
      this.turns.set(key, turn);
    }
    if (channel === "transcript" && this.transcriptTurn !== key) {
      this.#endTurn(this.transcriptTurn);
      this.transcriptTurn = key;
    } else if (channel === "live" && this.liveTurn !== key) {
      this.#endTurn(this.liveTurn);
      this.liveTurn = key;
    }
    return turn;
  }
  #endTurn(key) {
    const prev = key ? this.turns.get(key) : void 0;
    if (prev && !prev.ended) {
      prev.ended = true;
      this.touch(turnCid(prev.key));
    }
  }
  /** The turn transcript entries belong to now; a response before any prompt opens an implicit turn. */
  currentTranscriptTurn(seed) {
    if (this.transcriptTurn) return this.transcriptTurn;
    return this.turn(`implicit:${seed}`, "transcript").key;
  }
  tool(id) {
    let tool = this.tools.get(id);
    if (!tool) {
      tool = {
        id,
        cidFromTranscript: false,
        seenTranscript: false,
        seenLive: false,
        durationFromHook: false
      };
      this.tools.set(id, tool);
    }
    return tool;
  }
  agent(id) {
    let agent = this.agents.get(id);
    if (!agent) {
      agent = { id, stopped: false, resultCompleted: false };
      this.agents.set(id, agent);
    }
    return agent;
  }
  agentSeen(agent, timeMs) {
    if (timeMs === void 0) return;
    agent.firstMs = minOf(agent.firstMs, timeMs);
    agent.lastMs = maxOf(agent.lastMs, timeMs);
    this.touch(agentCid(agent.id));
  }
};

// packages/core/src/session-tracker.ts
var SessionTracker = class {
  sessionId;
  traceId;
  #pricer;
  #sum;
  #state;
  #live = new LiveMatcher();
  #snapshots = new TraceSnapshots();
  constructor(options) {
    this.sessionId = options.sessionId;
    this.traceId = traceIdForSession(options.sessionId);
    const { pricer, sum: sum2 } = resolvePricing(options.pricing);
    this.#pricer = pricer;
    this.#sum = sum2;
    this.#state = new TrackerState(options.sessionId);
  }
  /**
   * Adds normalised transcript entries, in file order. `source.agentId` marks entries of a subagent
   * transcript (`subagents/agent-<id>.jsonl`) whose records do not carry it themselves.
   */
  addTranscriptEntries(entries, source = {}) {
    applyTranscriptEntries(this.#state, entries, source);
  }
  /** Adds one live event (mod batch item or hook payload, normalised). Events of other sessions are ignored. */
  addCaptureEvent(e) {
    applyCaptureEvent(this.#state, this.#live, e);
  }
  /**
   * Claude Code's process is gone and the session never ended (kill -9, crash, OOM): the session ends at
   * `atMs`, a turn still open is interrupted (status error), and requests the transcript logged without a
   * response are listed as unanswered. The first call wins, so a rebuild after a restart is the same.
   */
  processExited(atMs) {
    markProcessExited(this.#state, atMs);
  }
  /** The session's trace now. Cheap to call repeatedly: unchanged turns are reused. */
  build(options = {}) {
    const final = options.final === true;
    const state = this.#state;
    const s = state.session;
    this.#live.match(state);
    const sessionComplete = final || s.sessionEndMs !== void 0 && s.sessionEndMs >= (s.lastActivityMs ?? 0);
    this.#snapshots.sessionCompletion(state, sessionComplete, final);
    const places = placeAgents(state, this.#snapshots.agentRoot);
    this.#snapshots.dropChangedAgents(state);
    const ctx = {
      ...places,
      state,
      pricer: this.#pricer,
      sum: this.#sum,
      final,
      sessionComplete,
      agentSnap: this.#snapshots.agentSnap
    };
    const turns = this.#snapshots.turns(ctx);
    const sessionSpan = sessionSpanId(this.sessionId);
    const subagents = places.orphanAgents.map((id) => buildAgent(ctx, id, sessionSpan, /* @__PURE__ */ new Set()));
    const totals = sumTotals(
      [...this.#snapshots.turnBlockTotals(turns, this.#sum), ...subagents.map((a) => a.totals)],
      this.#sum
    );
    let startMs = s.startMs;
    let endMs = s.startMs;
    for (const node of [...turns, ...subagents]) {
      startMs = minOf(startMs, node.startMs);
      endMs = maxOf(endMs, node.endMs);
    }
    for (const ev of s.events) endMs = maxOf(endMs, ev.timeMs);
    if (sessionComplete && s.sessionEndMs !== void 0) endMs = maxOf(endMs, s.sessionEndMs);
    startMs ??= s.lastActivityMs ?? 0;
    endMs = Math.max(endMs ?? startMs, startMs);
    const claudeCostUsd = s.measureCost ?? s.costStateCost;
    const trace = {
      kind: "session",
      sessionId: this.sessionId,
      traceId: this.traceId,
      spanId: sessionSpan,
      startMs,
      endMs,
      complete: sessionComplete,
      status: s.exitedMs !== void 0 ? "error" : sessionComplete ? "ok" : "unset",
      turns,
      subagents,
      events: [...s.events].sort((a, b) => a.timeMs - b.timeMs),
      signals: [...state.signals.values()].sort((a, b) => a.timeMs - b.timeMs),
      totals
    };
    if (s.model) trace.model = s.model;
    if (s.cwd) trace.cwd = s.cwd;
    if (s.transcriptPath) trace.transcriptPath = s.transcriptPath;
    if (s.claudeVersion) trace.claudeVersion = s.claudeVersion;
    if (s.endReason) trace.endReason = s.endReason;
    if (s.exitedMs !== void 0) trace.interrupted = true;
    if (s.hookStops.size > 0) trace.hookStops = [...s.hookStops.values()];
    if (claudeCostUsd !== void 0) {
      trace.claudeCostUsd = claudeCostUsd;
      trace.costDriftUsd = totals.costUsd - claudeCostUsd;
    }
    return trace;
  }
};

// packages/core/src/should-sample.ts
import { createHash as createHash2 } from "node:crypto";
function parseSamplingRate(value, name = "samplingRate") {
  if (value === void 0 || value === null || value === "") return 1;
  const n = typeof value === "string" ? Number(value.trim()) : value;
  if (typeof n !== "number" || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new GlassboxError(
      "INVALID_CONFIG",
      `${name} must be a number from 0 to 1 (e.g. 0.25), got ${JSON.stringify(value)}`,
      { data: { name, value: typeof value === "string" ? value : String(value) } }
    );
  }
  return n;
}
function sessionSampleValue(sessionId) {
  const h = createHash2("sha256").update(`glassbox/sample\0${sessionId}`).digest();
  return h.readUIntBE(0, 6) / 2 ** 48;
}
function shouldSample(sessionId, samplingRate) {
  if (!(samplingRate > 0)) return false;
  if (samplingRate >= 1) return true;
  return sessionSampleValue(sessionId) < samplingRate;
}

// packages/core/src/strip-content.ts
var HOOK_ID_STRINGS = /* @__PURE__ */ new Set([
  "hook_event_name",
  "session_id",
  "transcript_path",
  "cwd",
  "prompt_id",
  "permission_mode",
  "agent_id",
  "agent_type",
  "model",
  "source",
  "tool_name",
  "tool_use_id",
  "trigger",
  "agent_transcript_path",
  "last_assistant_message_hmac",
  "matcher",
  "notification_type"
]);
var HOOK_ERROR_STRINGS = /* @__PURE__ */ new Set(["error", "reason"]);
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function stripHookContent(input, hashKey) {
  const out = {};
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === "number" || typeof value === "boolean") out[key] = value;
    else if (typeof value === "string") {
      if (HOOK_ID_STRINGS.has(key)) out[key] = value;
      else if (HOOK_ERROR_STRINGS.has(key))
        out[key] = key === "reason" && input.hook_event_name === "SessionEnd" ? value : errorSummary(
          value,
          input.hook_event_name === "PermissionDenied" ? "permission_denied" : "error"
        );
    }
  }
  if (typeof input.prompt === "string") {
    out.prompt_length = input.prompt.length;
    out.prompt_shape = shapeOf(input.prompt, hashKey);
  }
  if (input.tool_input !== void 0) {
    out.tool_input_bytes = byteSize(input.tool_input);
    out.tool_input_shape = shapeOf(input.tool_input, hashKey);
  }
  if (input.tool_response !== void 0) {
    out.tool_response_bytes = byteSize(input.tool_response);
    out.tool_response_shape = shapeOf(input.tool_response, hashKey);
  }
  if (typeof input.last_assistant_message === "string") {
    const shape = shapeOf(input.last_assistant_message, hashKey);
    out.last_assistant_message_hmac = shape.hash;
    out.last_assistant_message_length = input.last_assistant_message.length;
  }
  if (input.tool_name === "Agent" || input.tool_name === "Task") {
    const ti = isRecord(input.tool_input) ? input.tool_input : {};
    const tr = isRecord(input.tool_response) ? input.tool_response : {};
    if (typeof ti.subagent_type === "string") out.tool_input = { subagent_type: ti.subagent_type };
    if (typeof tr.agentId === "string")
      out.tool_response = {
        agentId: tr.agentId,
        ...typeof tr.resolvedModel === "string" ? { resolvedModel: tr.resolvedModel } : {}
      };
  }
  return out;
}
var EVENT_CONTENT = ["text", "input", "output", "prompt", "content", "message"];
function stripEventContent(event, hashKey) {
  const e = event;
  if (!EVENT_CONTENT.some((k) => e[k] !== void 0) && e.errorText === void 0 && e.error === void 0)
    return event;
  const out = { ...e };
  for (const k of EVENT_CONTENT) delete out[k];
  if (typeof e.errorText === "string") out.errorText = errorSummary(e.errorText);
  else delete out.errorText;
  if (typeof e.error === "string") out.error = errorSummary(e.error);
  else delete out.error;
  if (event.type === "prompt.submit" && typeof e.text === "string" && typeof e.textLength !== "number")
    out.textLength = e.text.length;
  if (event.type === "tool.start" && e.input !== void 0) {
    out.inputBytes ??= byteSize(e.input);
    out.inputShape ??= shapeOf(e.input, hashKey);
  }
  if (event.type === "tool.end" && e.output !== void 0) {
    out.outputBytes ??= byteSize(e.output);
    out.outputShape ??= shapeOf(e.output, hashKey);
  }
  return out;
}

// packages/core/src/trace-to-audit-decisions.ts
import { createHash as createHash3 } from "node:crypto";
var AUDIT_REASONING_CHARS = 500;
var SAFETY_STOPS = /* @__PURE__ */ new Set(["refusal"]);
function traceToAuditDecisions(trace, options = {}) {
  const out = [];
  const sessionId = trace.sessionId;
  const userId = options.userId ?? "anonymous";
  const redact = options.redact ?? ((text3) => String(redactSecrets(text3)));
  const add = (type, naturalId, timeMs, fields) => {
    const id = auditDecisionId(sessionId, type, naturalId);
    if (options.skip?.has(id)) return;
    out.push({
      id,
      timestamp: new Date(timeMs).toISOString(),
      sessionId,
      userId,
      decisionType: type,
      ...fields,
      metadata: dropUndefined(fields.metadata)
    });
  };
  const hashOf = (known, value) => known ?? (value !== void 0 && options.contentHash ? options.contentHash(value) : void 0);
  const visitLlm = (node, turnIndex, promptId) => {
    if (!node.complete) return;
    const base = {
      turnIndex,
      promptId,
      agentId: node.agentId,
      model: node.model,
      requestId: node.requestId,
      messageId: node.messageId,
      stopReason: node.stopReason
    };
    const inputHash = fingerprint(`${node.messageId}
${node.requestId ?? ""}`);
    const reasoning = options.captureContent && node.thinking ? redact(node.thinking.slice(0, AUDIT_REASONING_CHARS)) : void 0;
    add("response_generated", node.key, node.endMs, {
      decisionSource: "model",
      inputHash,
      ...reasoning ? { reasoning } : {},
      metadata: {
        ...base,
        inputTokens: node.usage.input_tokens ?? 0,
        outputTokens: node.usage.output_tokens ?? 0,
        cacheReadInputTokens: node.usage.cache_read_input_tokens ?? 0,
        cacheCreationInputTokens: node.usage.cache_creation_input_tokens ?? 0
      }
    });
    if (node.stopReason && SAFETY_STOPS.has(node.stopReason))
      add("safety_block", `${node.key}:stop`, node.endMs, {
        decisionSource: "model",
        inputHash,
        metadata: { ...base, reasonCode: node.stopReason }
      });
  };
  const visitTool = (node, turnIndex, promptId, held) => {
    if (node.complete && !held) {
      const verdict = toolVerdict(node);
      const inputHash = hashOf(node.inputHash, node.input) ?? "";
      const outputHash = verdict.type === "tool_call" ? hashOf(node.outputHash, node.output) : void 0;
      add(verdict.type, node.toolUseId, node.startMs, {
        toolName: node.name,
        toolUseId: node.toolUseId,
        ...verdict.source ? { decisionSource: verdict.source } : {},
        inputHash,
        ...outputHash ? { outputHash } : {},
        metadata: {
          turnIndex,
          promptId: node.promptId ?? promptId,
          agentId: node.agentId,
          outcome: verdict.outcome,
          reasonCode: verdict.reasonCode,
          durationMs: verdict.type === "tool_call" ? node.durationMs : void 0
        }
      });
    }
    for (const sub of node.subagents) visitAgent(sub, turnIndex, promptId);
  };
  const visitHookStop = (stop, turnIndex) => {
    add("safety_block", `hook:${stop.key}`, stop.timeMs, {
      decisionSource: "hook",
      inputHash: stop.inputHash ?? fingerprint(`${stop.event}
${stop.key}`),
      metadata: {
        turnIndex,
        promptId: stop.promptId,
        hookEvent: stop.event,
        outcome: stop.outcome,
        reasonCode: `hook:${stop.event}`,
        reason: options.captureContent && stop.reason ? redact(stop.reason) : void 0
      }
    });
  };
  const stops = [...trace.hookStops ?? []].sort((a, b) => a.timeMs - b.timeMs);
  const flushStops = (turnKey, turnIndex, beforeMs = Number.POSITIVE_INFINITY) => {
    for (let i = 0; i < stops.length; i++) {
      const stop = stops[i];
      if (stop.turnKey !== turnKey || stop.timeMs > beforeMs) continue;
      visitHookStop(stop, turnIndex);
      stops.splice(i--, 1);
    }
  };
  const visitChildren = (container, turnIndex, promptId, turnKey) => {
    const running = /* @__PURE__ */ new Set();
    for (const child of container.children) {
      if (turnKey !== void 0) flushStops(turnKey, turnIndex, child.startMs);
      if (child.kind === "llm") {
        visitLlm(child, turnIndex, promptId);
        continue;
      }
      const request = child.requestedBy === child.parentSpanId ? child.requestedBy : void 0;
      const held = !container.complete && request !== void 0 && running.has(request);
      if (request !== void 0 && !child.complete) running.add(request);
      visitTool(child, turnIndex, promptId, held);
    }
  };
  const visitAgent = (agent, turnIndex, promptId) => visitChildren(agent, turnIndex, agent.promptId ?? promptId);
  trace.turns.forEach((turn, turnIndex) => {
    flushStops(void 0, -1, turn.startMs);
    visitChildren(turn, turnIndex, turn.promptId, turn.key);
    for (const sub of turn.subagents) visitAgent(sub, turnIndex, turn.promptId);
    flushStops(turn.key, turnIndex);
  });
  for (const sub of trace.subagents) visitAgent(sub, -1, void 0);
  for (const stop of stops) visitHookStop(stop, -1);
  return out;
}
function auditDecisionId(sessionId, type, naturalId) {
  return fingerprint(`audit
${sessionId}
${type}
${naturalId}`).slice(0, 32);
}
function toolVerdict(node) {
  const p = node.permission;
  const refused = node.toolStatus === "denied" || node.denialKind !== void 0 || p?.decision === "reject" || p?.decision === "deny";
  if (!refused) {
    const outcome = node.toolStatus === "ok" ? "ok" : node.toolStatus === "interrupted" ? "interrupted" : "failed";
    return {
      type: "tool_call",
      outcome,
      ...p?.source ? { source: p.source } : {},
      ...p?.reasonCode || p?.ruleSource ? { reasonCode: p.reasonCode ?? `rule:${p.ruleSource}` } : {}
    };
  }
  const reasonCode = p?.reasonCode === "unknown" ? void 0 : p?.reasonCode;
  const code = reasonCode ?? node.denialKind ?? p?.reasonType ?? "denied";
  const text3 = `${p?.source ?? ""} ${p?.reasonType ?? ""} ${p?.reasonCode ?? ""}`;
  if (p?.source === "hook" || p?.reasonType === "hook" || p?.reasonCode?.startsWith("hook:"))
    return { type: "safety_block", source: "hook", reasonCode: code, outcome: "blocked" };
  if (p?.ruleSource === "policySettings" || /\bpolicy\b/i.test(text3))
    return { type: "safety_block", source: "policy", reasonCode: code, outcome: "blocked" };
  if (/sandbox/i.test(text3))
    return { type: "safety_block", source: "sandbox", reasonCode: code, outcome: "blocked" };
  if (node.denialKind === "tool-disabled")
    return { type: "tool_skip", source: "config", reasonCode: "tool-disabled", outcome: "denied" };
  const source = p?.source ?? (node.denialKind === "user-rejected" ? "user" : void 0);
  return { type: "tool_skip", ...source ? { source } : {}, reasonCode: code, outcome: "denied" };
}
function fingerprint(text3) {
  return createHash3("sha256").update(text3).digest("hex");
}
function dropUndefined(record) {
  const out = {};
  for (const [k, v] of Object.entries(record)) if (v !== void 0) out[k] = v;
  return out;
}

// packages/core/src/telemetry-attributes.ts
function spanStatus(status, message) {
  if (status === "error") return message ? { code: "error", message } : { code: "error" };
  return { code: status === "ok" ? "ok" : "unset" };
}
function usageAttributes(t) {
  return {
    "gen_ai.usage.input_tokens": t.inputTokens + t.cacheReadInputTokens + t.cacheCreationInputTokens,
    "gen_ai.usage.output_tokens": t.outputTokens,
    "gen_ai.usage.cache_read.input_tokens": t.cacheReadInputTokens,
    "gen_ai.usage.cache_creation.input_tokens": t.cacheCreationInputTokens,
    "glassbox.usage.uncached_input_tokens": t.inputTokens,
    "glassbox.usage.cache_creation.5m.input_tokens": t.cacheCreation5mInputTokens,
    "glassbox.usage.cache_creation.1h.input_tokens": t.cacheCreation1hInputTokens,
    "glassbox.cost.usd": t.costUsd,
    "glassbox.cost.known": t.unpricedCalls === 0,
    "glassbox.llm.calls": t.llmCalls,
    "glassbox.tool.calls": t.toolCalls,
    "glassbox.tool.failures": t.toolFailures
  };
}
function shapeAttributes(prefix, shape, bytes) {
  if (!shape) return bytes === void 0 ? {} : { [`${prefix}.bytes`]: bytes };
  const out = {
    [`${prefix}.type`]: shape.type,
    [`${prefix}.bytes`]: shape.bytes,
    [`${prefix}.hash`]: shape.hash
  };
  if (shape.keys) out[`${prefix}.keys`] = [...shape.keys];
  if (shape.length !== void 0) out[`${prefix}.length`] = shape.length;
  return out;
}
function clean(attrs) {
  const out = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== void 0) out[k] = v;
  return out;
}

// packages/core/src/call-records.ts
function callSpan(walk, node, span) {
  return {
    traceId: walk.trace.traceId,
    spanId: node.spanId,
    parentSpanId: node.parentSpanId,
    name: span.name,
    kind: span.kind,
    startTimeMs: node.startMs,
    endTimeMs: node.endMs,
    status: span.status,
    attributes: clean(span.attributes),
    events: []
  };
}
function callLog(walk, node, id, log) {
  return {
    id,
    timeMs: node.endMs,
    severity: log.severity,
    event: log.event,
    traceId: walk.trace.traceId,
    spanId: node.spanId,
    attributes: clean({
      ...walk.resource,
      sessionId: walk.sid,
      promptId: log.promptId,
      agentId: log.agent?.agentId,
      ...log.attributes
    })
  };
}

// packages/core/src/telemetry-walk.ts
var MAX_ERROR2 = 1e3;
var MAX_CONTENT_ATTR = 8192;
function createTelemetryWalk(trace, opts, spans, logs) {
  const redact = opts.redact ?? ((v) => redactSecrets(v));
  const agentName = opts.agentName ?? "claude-code";
  const resource = { ...opts.resource ?? {} };
  const skip = opts.skip;
  const sid = trace.sessionId;
  const common = {
    ...resource,
    "gen_ai.conversation.id": sid,
    "gen_ai.provider.name": "anthropic"
  };
  const cleanText = (text3, max) => {
    if (text3 === void 0) return void 0;
    const out = redact(text3);
    const s = typeof out === "string" ? out : JSON.stringify(out);
    return s.length > max ? `${s.slice(0, max)}\u2026` : s;
  };
  const contentAttr = (value) => {
    if (value === void 0) return void 0;
    const out = redact(value);
    const s = typeof out === "string" ? out : JSON.stringify(out) ?? "";
    return s.length > MAX_CONTENT_ATTR ? `${s.slice(0, MAX_CONTENT_ATTR)}\u2026` : s;
  };
  const addSpan = (spanId, make) => {
    if (!skip?.has(spanId)) spans.push(make());
  };
  const addLog = (id, make) => {
    if (!skip?.has(id)) logs.push(make(id));
  };
  return { trace, opts, redact, agentName, resource, sid, common, cleanText, contentAttr, addSpan, addLog };
}

// packages/core/src/llm-call-telemetry.ts
function llmCallTelemetry(walk, node, promptId, agent) {
  const { sid, common, agentName, cleanText, addSpan, addLog } = walk;
  const u = node.usage;
  const split = cacheWriteSplit(u);
  const cacheRead = u.cache_read_input_tokens ?? 0;
  const cacheWrite = u.cache_creation_input_tokens ?? 0;
  const input = u.input_tokens ?? 0;
  const output = u.output_tokens ?? 0;
  const latencyMs = node.endMs - node.startMs;
  const requested = node.requestedModel ?? node.model;
  const error = cleanText(node.error, MAX_ERROR2);
  addSpan(
    node.spanId,
    () => callSpan(walk, node, {
      name: `chat ${requested}`,
      kind: "client",
      status: spanStatus(node.status, error),
      attributes: {
        ...common,
        "glassbox.span.type": "llm",
        "gen_ai.operation.name": "chat",
        "gen_ai.request.model": requested,
        "gen_ai.response.model": node.model,
        "gen_ai.response.id": node.messageId,
        "gen_ai.response.finish_reasons": node.stopReason ? [node.stopReason] : void 0,
        // GenAI semconv (Anthropic): input_tokens includes cache reads and writes.
        "gen_ai.usage.input_tokens": input + cacheRead + cacheWrite,
        "gen_ai.usage.output_tokens": output,
        "gen_ai.usage.cache_read.input_tokens": cacheRead,
        "gen_ai.usage.cache_creation.input_tokens": cacheWrite,
        "glassbox.usage.uncached_input_tokens": input,
        "glassbox.usage.cache_creation.5m.input_tokens": split.fiveMinute,
        "glassbox.usage.cache_creation.1h.input_tokens": split.oneHour,
        "glassbox.usage.web_search_requests": u.server_tool_use?.web_search_requests,
        "glassbox.usage.speed": u.speed ?? void 0,
        "glassbox.usage.inference_geo": u.inference_geo || void 0,
        "gen_ai.response.time_to_first_chunk": node.firstContentMs !== void 0 ? (node.firstContentMs - node.startMs) / 1e3 : void 0,
        "glassbox.cost.usd": node.costUsd,
        "glassbox.cost.known": node.costKnown,
        "glassbox.cost.rule": node.costRule,
        "glassbox.cost.model": node.pricedModel,
        "claude.request.id": node.requestId,
        "claude.prompt.id": promptId,
        "gen_ai.agent.id": agent?.agentId,
        "gen_ai.agent.name": agent ? agent.agentType ?? "subagent" : agentName,
        ...scopeAttributes(node.scope),
        "error.type": node.status === "error" ? "api_error" : void 0
      }
    })
  );
  addLog(
    logRecordId(sid, "llm_call", node.key),
    (id) => callLog(walk, node, id, {
      event: "llm_call",
      severity: node.status === "error" ? "error" : "info",
      promptId,
      agent,
      attributes: {
        model: requested,
        responseModel: node.model,
        requestId: node.requestId,
        messageId: node.messageId,
        inputTokens: input,
        outputTokens: output,
        cacheReadTokens: cacheRead,
        cacheCreationTokens: cacheWrite,
        cacheCreation5mTokens: split.fiveMinute,
        cacheCreation1hTokens: split.oneHour,
        costUsd: node.costUsd,
        costKnown: node.costKnown,
        latencyMs,
        timeToFirstTokenMs: node.firstContentMs !== void 0 ? node.firstContentMs - node.startMs : void 0,
        stopReason: node.stopReason,
        skill: node.scope?.skill,
        command: node.scope?.command,
        status: node.status === "error" ? "error" : "ok",
        error
      }
    })
  );
}
function unansweredRequestTelemetry(walk, u, promptId) {
  const { trace, sid, common, resource, addSpan, addLog } = walk;
  addSpan(u.spanId, () => ({
    traceId: trace.traceId,
    spanId: u.spanId,
    parentSpanId: u.parentSpanId,
    name: `chat ${u.model ?? "unknown"}`,
    kind: "client",
    startTimeMs: u.startMs,
    endTimeMs: u.endMs,
    status: { code: "error", message: "interrupted: no response" },
    attributes: clean({
      ...common,
      "glassbox.span.type": "llm_unanswered",
      "gen_ai.operation.name": "chat",
      "gen_ai.request.model": u.model,
      "glassbox.llm.unanswered": true,
      "claude.request.ref": u.requestRef,
      "claude.prompt.id": promptId,
      "gen_ai.agent.id": u.agentId,
      "error.type": "interrupted"
    }),
    events: []
  }));
  addLog(logRecordId(sid, "llm_request_unanswered", u.requestRef), (id) => ({
    id,
    timeMs: u.startMs,
    severity: "warn",
    event: "llm_request_unanswered",
    traceId: trace.traceId,
    spanId: u.spanId,
    attributes: clean({
      ...resource,
      sessionId: sid,
      promptId,
      model: u.model,
      requestRef: u.requestRef,
      agentId: u.agentId,
      status: "interrupted"
    })
  }));
}

// packages/core/src/tool-call-telemetry.ts
function toolCallTelemetry(walk, node, promptId, agent) {
  const { opts, sid, common, redact, cleanText, contentAttr, addSpan, addLog } = walk;
  const error = node.toolStatus === "ok" ? void 0 : cleanText(node.errorText, MAX_ERROR2);
  const errorType = node.toolStatus === "denied" ? "permission_denied" : node.toolStatus === "interrupted" ? "interrupted" : node.toolStatus === "error" ? "tool_error" : void 0;
  const contentAttrs = {};
  if (opts.captureContent) {
    const args = contentAttr(node.input);
    const result = contentAttr(node.output);
    if (args !== void 0) contentAttrs["gen_ai.tool.call.arguments"] = args;
    if (result !== void 0) contentAttrs["gen_ai.tool.call.result"] = result;
  }
  const origin = toolOrigin(node.name, node.skill);
  addSpan(
    node.spanId,
    () => callSpan(walk, node, {
      name: `execute_tool ${node.name}`,
      kind: "internal",
      status: spanStatus(node.status, error ?? errorType),
      attributes: {
        ...common,
        "glassbox.span.type": "tool",
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": node.name,
        "gen_ai.tool.call.id": node.toolUseId,
        "gen_ai.tool.type": node.name.startsWith("mcp__") ? "extension" : "function",
        "gen_ai.agent.id": agent?.agentId,
        "gen_ai.agent.name": agent?.agentType,
        "claude.prompt.id": promptId,
        ...toolOriginAttributes(origin),
        ...scopeAttributes(node.scope),
        "glassbox.tool.status": node.toolStatus,
        "glassbox.tool.duration_ms": node.durationMs,
        "glassbox.tool.input_bytes": node.inputBytes,
        "glassbox.tool.output_bytes": node.outputBytes,
        "glassbox.tool.requested_by": node.requestedBy,
        "glassbox.tool.seen_in": node.seenIn,
        "error.type": errorType,
        ...contentAttrs
      }
    })
  );
  const body = {};
  if (opts.captureContent) {
    if (node.input !== void 0) body.input = redact(node.input);
    if (node.output !== void 0) body.output = redact(node.output);
  }
  addLog(logRecordId(sid, "tool_call", node.toolUseId), (id) => ({
    ...callLog(walk, node, id, {
      event: "tool_call",
      severity: toolSeverity(node),
      promptId,
      agent,
      attributes: {
        agentType: agent?.agentType,
        toolName: node.name,
        toolUseId: node.toolUseId,
        mcpServer: origin.mcpServer,
        plugin: origin.plugin,
        skill: node.scope?.skill ?? origin.skill,
        command: node.scope?.command,
        latencyMs: node.durationMs ?? node.endMs - node.startMs,
        status: node.toolStatus,
        error,
        ...opts.captureContent ? {} : shapeAttributes("inputShape", node.inputShape, node.inputBytes),
        ...opts.captureContent ? {} : shapeAttributes("outputShape", node.outputShape, node.outputBytes)
      }
    }),
    ...Object.keys(body).length > 0 ? { body } : {}
  }));
}
function toolSeverity(node) {
  if (node.toolStatus === "error") return "error";
  if (node.toolStatus === "denied" || node.toolStatus === "interrupted") return "warn";
  return "info";
}

// packages/core/src/trace-to-signals.ts
var USER_ACTIVE_CAP_MS = 5 * 6e4;
var deliveredTurns = /* @__PURE__ */ new WeakMap();
function traceToSignals(trace, opts = {}) {
  const resource = { ...opts.resource ?? {} };
  const skip = opts.skip;
  const sid = trace.sessionId;
  const logs = [];
  let done;
  if (skip) {
    done = deliveredTurns.get(skip);
    if (!done) deliveredTurns.set(skip, done = /* @__PURE__ */ new WeakSet());
  }
  let pending = false;
  const add = (event, key, timeMs, spanId, attributes, severity = "info", id = logRecordId(sid, event, key)) => {
    if (skip?.has(id)) return;
    logs.push({
      id,
      timeMs,
      severity,
      event,
      traceId: trace.traceId,
      spanId,
      attributes: clean2({ ...resource, sessionId: sid, ...attributes })
    });
  };
  const visitTool = (node, promptId, agent) => {
    if (!node.complete) pending = true;
    for (const sub of node.subagents) visitAgent(sub, promptId);
    if (!node.complete || node.toolStatus !== "ok") return;
    const s = node.signal;
    const common = { promptId, agentId: agent?.agentId, toolName: node.name, toolUseId: node.toolUseId };
    if (s && EDIT_TOOLS.has(node.name) && (s.linesAdded !== void 0 || s.linesRemoved !== void 0))
      add("code_edit", node.toolUseId, node.endMs, node.spanId, {
        ...common,
        language: s.language ?? "other",
        linesAdded: s.linesAdded ?? 0,
        linesRemoved: s.linesRemoved ?? 0
      });
    if (s?.commitId !== void 0 || s?.vcsAction === "commit")
      add("commit", node.toolUseId, node.endMs, node.spanId, { ...common, commits: 1, commitId: s.commitId });
    if (s?.pullRequest !== void 0 || s?.vcsAction === "pull_request")
      add("pull_request", node.toolUseId, node.endMs, node.spanId, {
        ...common,
        pullRequests: 1,
        pullRequestNumber: s.pullRequest
      });
    if (node.name === "Skill" && node.skill) {
      const origin = toolOrigin(node.name, node.skill);
      add("skill_activated", node.toolUseId, node.endMs, node.spanId, {
        ...common,
        skill: origin.skill,
        plugin: origin.plugin,
        trigger: "model"
      });
    }
  };
  const visitLlm = (node, promptId, agent) => {
    if (!node.complete) pending = true;
    else if (node.stopReason === "refusal")
      add(
        "api_refusal",
        node.key,
        node.endMs,
        node.spanId,
        {
          promptId,
          agentId: agent?.agentId,
          model: node.requestedModel ?? node.model,
          requestId: node.requestId
        },
        "warn"
      );
  };
  const visitAgent = (node, promptId) => {
    if (!node.complete) pending = true;
    const pid = node.promptId ?? promptId;
    for (const child of node.children)
      if (child.kind === "llm") visitLlm(child, pid, node);
      else visitTool(child, pid, node);
  };
  let previousEnd;
  for (const turn of trace.turns) {
    const gapStart = previousEnd;
    previousEnd = turn.complete ? turn.endMs : void 0;
    if (done?.has(turn)) continue;
    const before = logs.length;
    pending = false;
    for (const child of turn.children)
      if (child.kind === "llm") visitLlm(child, turn.promptId);
      else visitTool(child, turn.promptId);
    for (const sub of turn.subagents) visitAgent(sub, turn.promptId);
    if (turn.complete) {
      const userMs = turn.origin === void 0 && gapStart !== void 0 ? Math.min(Math.max(0, turn.startMs - gapStart), USER_ACTIVE_CAP_MS) : 0;
      add("active_time", turn.key, turn.endMs, turn.spanId, {
        promptId: turn.promptId,
        cliSeconds: Math.max(0, turn.endMs - turn.startMs) / 1e3,
        userSeconds: userMs / 1e3
      });
    } else pending = true;
    if (done && turn.complete && !pending && logs.length === before) done.add(turn);
  }
  for (const s of trace.signals ?? [])
    add(s.event, s.key, s.timeMs, s.spanId ?? trace.spanId, { ...s.attributes }, s.severity, s.id);
  return logs;
}
function clean2(attrs) {
  const out = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== void 0) out[k] = v;
  return out;
}

// packages/core/src/trace-to-telemetry.ts
var deliveredTurns2 = /* @__PURE__ */ new WeakMap();
function traceToTelemetry(trace, opts) {
  const skip = opts.skip;
  let done;
  if (skip && typeof skip === "object") {
    done = deliveredTurns2.get(skip);
    if (!done) {
      done = /* @__PURE__ */ new WeakSet();
      deliveredTurns2.set(skip, done);
    }
  }
  let incomplete = false;
  const spans = [];
  const logs = [];
  const walk = createTelemetryWalk(trace, opts, spans, logs);
  const { redact, agentName, resource, sid, common, cleanText, addSpan, addLog } = walk;
  addLog(logRecordId(sid, "session_start", ""), (id) => ({
    id,
    timeMs: trace.startMs,
    severity: "info",
    event: "session_start",
    traceId: trace.traceId,
    spanId: trace.spanId,
    attributes: clean({
      ...resource,
      sessionId: sid,
      model: trace.model
    })
  }));
  if (trace.complete) {
    const events = trace.events.map((e) => ({
      name: e.name,
      timeMs: e.timeMs,
      ...e.attributes ? { attributes: e.attributes } : {}
    }));
    addSpan(trace.spanId, () => ({
      traceId: trace.traceId,
      spanId: trace.spanId,
      name: `invoke_agent ${agentName}`,
      kind: "internal",
      startTimeMs: trace.startMs,
      endTimeMs: trace.endMs,
      status: trace.status === "error" ? { code: "error", ...trace.interrupted ? { message: "interrupted: Claude Code exited" } : {} } : { code: "ok" },
      attributes: clean({
        ...common,
        "glassbox.span.type": "session",
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": agentName,
        "gen_ai.request.model": trace.model,
        ...usageAttributes(trace.totals),
        "glassbox.turns": trace.turns.length,
        "claude.session.end_reason": trace.endReason,
        "glassbox.session.interrupted": trace.interrupted,
        "claude.version": trace.claudeVersion,
        "glassbox.claude_cost.usd": trace.claudeCostUsd,
        "glassbox.cost.drift_usd": trace.costDriftUsd
      }),
      events
    }));
  }
  const visitChildren = (children, promptId, agent) => {
    for (const child of children) {
      if (child.kind === "llm") visitLlm(child, promptId, agent);
      else visitTool(child, promptId, agent);
    }
  };
  const visitAgent = (node, promptId) => {
    const pid = node.promptId ?? promptId;
    if (!node.complete) incomplete = true;
    if (node.complete) {
      const name = node.agentType ?? "subagent";
      addSpan(node.spanId, () => ({
        traceId: trace.traceId,
        spanId: node.spanId,
        parentSpanId: node.parentSpanId,
        name: `invoke_agent ${name}`,
        kind: "internal",
        startTimeMs: node.startMs,
        endTimeMs: node.endMs,
        status: spanStatus(node.status, void 0),
        attributes: clean({
          ...common,
          "glassbox.span.type": "subagent",
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": name,
          "gen_ai.agent.id": node.agentId,
          "gen_ai.request.model": node.model,
          "claude.prompt.id": pid,
          "gen_ai.tool.call.id": node.parentToolUseId,
          ...usageAttributes(node.totals),
          "error.type": node.status === "error" ? "subagent_failed" : void 0
        }),
        events: []
      }));
    }
    visitChildren(node.children, pid, node);
  };
  const visitLlm = (node, promptId, agent) => {
    if (!node.complete) {
      incomplete = true;
      return;
    }
    llmCallTelemetry(walk, node, promptId, agent);
  };
  const visitTool = (node, promptId, agent) => {
    if (!node.complete) incomplete = true;
    if (node.complete) toolCallTelemetry(walk, node, promptId, agent);
    for (const sub of node.subagents) visitAgent(sub, promptId);
  };
  const visitTurn = (turn) => {
    if (done?.has(turn)) return;
    const before = spans.length + logs.length;
    incomplete = false;
    visitTurnTree(turn);
    if (done && turn.complete && !incomplete && spans.length + logs.length === before) done.add(turn);
  };
  const visitTurnTree = (turn) => {
    const pid = turn.promptId;
    const body = {};
    if (opts.captureContent && turn.text !== void 0) body.text = redact(turn.text);
    addLog(logRecordId(sid, "prompt", turn.key), (id) => ({
      id,
      timeMs: turn.startMs,
      severity: "info",
      event: "prompt",
      traceId: trace.traceId,
      spanId: turn.spanId,
      attributes: clean({
        ...resource,
        sessionId: sid,
        promptId: pid,
        promptLength: turn.textLength,
        origin: turn.origin,
        ...opts.captureContent ? {} : shapeAttributes("promptShape", turn.textShape, void 0)
      }),
      ...Object.keys(body).length > 0 ? { body } : {}
    }));
    if (turn.complete) {
      const error = cleanText(turn.error, MAX_ERROR2);
      addSpan(turn.spanId, () => ({
        traceId: trace.traceId,
        spanId: turn.spanId,
        parentSpanId: turn.parentSpanId,
        name: `invoke_agent ${agentName}`,
        kind: "internal",
        startTimeMs: turn.startMs,
        endTimeMs: turn.endMs,
        status: spanStatus(turn.status, error),
        attributes: clean({
          ...common,
          "glassbox.span.type": "turn",
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.agent.name": agentName,
          "claude.prompt.id": pid,
          "glassbox.turn.key": turn.key,
          "glassbox.prompt.length": turn.textLength,
          "glassbox.turn.origin": turn.origin,
          "glassbox.turn.interrupted": turn.interrupted,
          ...usageAttributes(turn.totals),
          "error.type": turn.status === "error" ? "turn_failed" : void 0
        }),
        events: []
      }));
    }
    visitChildren(turn.children, pid);
    for (const sub of turn.subagents) visitAgent(sub, pid);
    for (const u of turn.unanswered ?? []) unansweredRequestTelemetry(walk, u, pid);
  };
  for (const turn of trace.turns) visitTurn(turn);
  for (const sub of trace.subagents) visitAgent(sub, void 0);
  logs.push(...traceToSignals(trace, { resource, ...skip ? { skip } : {} }));
  return { spans, logs };
}

// packages/core/src/transcript-reader.ts
import { open, readdir, stat as stat2 } from "node:fs/promises";
import { basename, dirname as dirname2, join as join2 } from "node:path";
var NEWLINE = 10;
var DEFAULT_MAX_LINE = 64 * 1024 * 1024;
var DEFAULT_CHUNK = 1024 * 1024;
var MERGE_WINDOW = 512;
var TranscriptStream = class {
  nextOffset;
  malformedLines = 0;
  bytesRead = 0;
  ignoredRecords = 0;
  restarted = false;
  #path;
  #options;
  constructor(path2, options = {}) {
    this.#path = path2;
    this.#options = options;
    this.nextOffset = Math.max(0, Math.floor(options.fromOffset ?? 0));
  }
  async *[Symbol.asyncIterator]() {
    const maxLine = this.#options.maxLineBytes ?? DEFAULT_MAX_LINE;
    const chunkSize = this.#options.chunkBytes ?? DEFAULT_CHUNK;
    let handle2;
    try {
      handle2 = await open(this.#path, "r");
    } catch (error) {
      throw unreadable(this.#path, error);
    }
    const pending = /* @__PURE__ */ new Map();
    let recordNo = 0;
    try {
      const size = (await handle2.stat()).size;
      let position = this.nextOffset;
      if (position > size) {
        this.restarted = true;
        position = 0;
      }
      const lineStart = position;
      let consumedTo = lineStart;
      let carry = [];
      let carryBytes = 0;
      let skipping = false;
      const buffer = Buffer.allocUnsafe(chunkSize);
      for (; ; ) {
        const { bytesRead } = await handle2.read(buffer, 0, chunkSize, position);
        if (bytesRead === 0) break;
        const chunk = buffer.subarray(0, bytesRead);
        position += bytesRead;
        let start = 0;
        for (; ; ) {
          const nl = chunk.indexOf(NEWLINE, start);
          if (nl === -1) break;
          const piece = chunk.subarray(start, nl);
          const lineBytes = carryBytes + piece.length;
          consumedTo += lineBytes + 1;
          if (skipping || lineBytes > maxLine) {
            this.malformedLines += 1;
          } else {
            const line = carry.length > 0 ? Buffer.concat([...carry, piece]) : piece;
            for (const entry of this.#parse(line)) {
              recordNo += 1;
              yield* this.#route(entry, pending, recordNo);
            }
          }
          carry = [];
          carryBytes = 0;
          skipping = false;
          start = nl + 1;
        }
        if (start < chunk.length) {
          const rest2 = chunk.subarray(start);
          carryBytes += rest2.length;
          if (carryBytes > maxLine) {
            skipping = true;
            carry = [];
          } else if (!skipping) {
            carry.push(Buffer.from(rest2));
          }
        }
      }
      this.bytesRead = consumedTo - lineStart;
      this.nextOffset = consumedTo;
    } finally {
      await handle2.close().catch(() => void 0);
    }
    for (const { entry } of pending.values()) yield entry;
  }
  *#parse(line) {
    let text3 = line.toString("utf8");
    if (text3.endsWith("\r")) text3 = text3.slice(0, -1);
    if (text3.trim() === "") return;
    let record;
    try {
      record = JSON.parse(text3);
    } catch {
      this.malformedLines += 1;
      return;
    }
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      this.malformedLines += 1;
      return;
    }
    const entries = normalizeTranscriptRecord(record, this.#options);
    if (entries.length === 0) this.ignoredRecords += 1;
    yield* entries;
  }
  *#route(entry, pending, recordNo) {
    if (entry.kind === "llm") {
      const key = llmKeyOf(entry);
      const open9 = pending.get(key);
      if (open9) open9.entry = mergeLlmResponses(open9.entry, entry);
      else pending.set(key, { entry, seenAt: recordNo });
      for (const [k, p] of pending) {
        if (recordNo - p.seenAt <= MERGE_WINDOW && pending.size <= MERGE_WINDOW) break;
        pending.delete(k);
        yield p.entry;
      }
      return;
    }
    for (const p of pending.values()) yield p.entry;
    pending.clear();
    yield entry;
  }
};
function unreadable(path2, error) {
  const code = error?.code;
  return new GlassboxError("TRANSCRIPT_UNREADABLE", `cannot read transcript ${path2}: ${String(error)}`, {
    cause: error,
    // A transcript that does not exist yet may appear: Claude Code writes it asynchronously.
    retryable: code === "ENOENT" || code === "EAGAIN" || code === "EMFILE",
    data: { path: path2, code }
  });
}
async function readTranscriptIncrement(path2, fromOffset = 0, options = {}) {
  const stream = new TranscriptStream(path2, { ...options, fromOffset });
  const entries = [];
  const llmIndex = /* @__PURE__ */ new Map();
  for await (const entry of stream) {
    if (entry.kind === "llm") {
      const key = llmKeyOf(entry);
      const at = llmIndex.get(key);
      if (at !== void 0) {
        entries[at] = mergeLlmResponses(entries[at], entry);
        continue;
      }
      llmIndex.set(key, entries.length);
    }
    entries.push(entry);
  }
  return {
    entries,
    nextOffset: stream.nextOffset,
    malformedLines: stream.malformedLines,
    bytesRead: stream.bytesRead,
    ignoredRecords: stream.ignoredRecords,
    restarted: stream.restarted
  };
}
async function findSubagentTranscripts(mainPath) {
  const session = basename(mainPath).replace(/\.jsonl$/, "");
  const dir = join2(dirname2(mainPath), session, "subagents");
  try {
    const names = await readdir(dir);
    return names.filter((n) => n.startsWith("agent-") && n.endsWith(".jsonl")).sort().map((n) => join2(dir, n));
  } catch {
    return [];
  }
}
function agentIdFromPath(path2) {
  const m = /^agent-(.+)\.jsonl$/.exec(basename(path2));
  return m?.[1];
}
async function transcriptSize(path2) {
  try {
    return (await stat2(path2)).size;
  } catch {
    return void 0;
  }
}

// packages/mod/src/mod-batch.ts
var MOD_PROTOCOL_VERSION = 1;
var MAX_LEFTOVER_CHARS = 1024 * 1024;

// packages/mod/src/mod-config.ts
var DEFAULT_AGENT_PORT = 47821;
var DEFAULT_MOD_CONFIG = {
  agentPort: DEFAULT_AGENT_PORT,
  captureContent: false,
  llmTiming: false,
  flushAtEvents: 100,
  maxBufferedEvents: 5e3,
  maxContentChars: 32 * 1024
};

// packages/agent/src/agent-key.ts
import { randomBytes } from "node:crypto";
import { chmod, link, lstat, mkdir, open as open4, readFile as readFile2, rm as rm2 } from "node:fs/promises";
import { homedir } from "node:os";
import { join as join3, resolve as resolve2 } from "node:path";

// packages/agent/src/write-file-atomic.ts
import { open as open3, rename, rm } from "node:fs/promises";
import { dirname as dirname3 } from "node:path";

// packages/agent/src/fsync-dir.ts
import { open as open2 } from "node:fs/promises";
async function fsyncDir(dir) {
  let handle2;
  try {
    handle2 = await open2(dir, "r");
    await handle2.sync();
  } catch {
  } finally {
    await handle2?.close().catch(() => void 0);
  }
}

// packages/agent/src/write-file-atomic.ts
var counter = 0;
async function writeFileAtomic(path2, data, options = {}) {
  const tmp = `${path2}.${process.pid}.${++counter}.tmp`;
  try {
    const handle2 = await open3(tmp, "w", 384);
    try {
      await handle2.writeFile(data);
      if (options.sync !== false) await handle2.sync();
    } finally {
      await handle2.close();
    }
    await rename(tmp, path2);
    if (options.sync !== false) await fsyncDir(dirname3(path2));
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => void 0);
    throw error;
  }
}

// packages/agent/src/agent-key.ts
function agentHomeFromEnv(env) {
  return resolve2(
    agentHomeOf({
      GLASSBOX_HOME: env.GLASSBOX_HOME?.trim(),
      CLAUDE_CONFIG_DIR: env.CLAUDE_CONFIG_DIR?.trim(),
      HOME: env.HOME?.trim() || homedir()
    }) ?? join3(homedir(), ".claude", "glassbox")
  );
}
var ownUid = () => typeof process.getuid === "function" ? process.getuid() : void 0;
async function ensureAgentHome(home) {
  await mkdir(home, { recursive: true, mode: 448 });
  const st = await lstat(home);
  const me = ownUid();
  if (!st.isDirectory() || me !== void 0 && st.uid !== me)
    throw new GlassboxError("AGENT_KEY_INVALID", `${home} is not a directory owned by this user`, {
      data: { path: home }
    });
  if ((st.mode & 63) !== 0) await chmod(home, 448);
}
async function readAgentKey(home, options = {}) {
  const path2 = join3(home, AGENT_KEY_FILE);
  let st;
  try {
    st = await lstat(path2);
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  const me = options.uid ?? ownUid();
  const problem = !st.isFile() ? "is not a regular file" : me !== void 0 && st.uid !== me ? `is owned by uid ${st.uid}, not ${me}` : (st.mode & 511) !== 384 ? `has mode ${(st.mode & 511).toString(8).padStart(4, "0")}, not 0600` : void 0;
  if (problem)
    throw new GlassboxError("AGENT_KEY_INVALID", `${path2} ${problem}; refusing it`, { data: { path: path2 } });
  const key = parseAgentKey(await readFile2(path2, "utf8"));
  if (!key)
    throw new GlassboxError("AGENT_KEY_INVALID", `${path2} does not hold 64 lowercase hex digits`, {
      data: { path: path2 }
    });
  return Buffer.from(key);
}
async function loadOrCreateAgentKey(home) {
  await ensureAgentHome(home);
  const existing = await readAgentKey(home);
  if (existing) return existing;
  const path2 = join3(home, AGENT_KEY_FILE);
  const tmp = `${path2}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    const handle2 = await open4(tmp, "wx", 384);
    try {
      await handle2.writeFile(`${randomBytes(32).toString("hex")}
`);
      await handle2.sync();
    } finally {
      await handle2.close();
    }
    await link(tmp, path2).catch((error) => {
      if (error.code !== "EEXIST") throw error;
    });
  } finally {
    await rm2(tmp, { force: true });
  }
  const key = await readAgentKey(home);
  if (!key) throw new GlassboxError("AGENT_KEY_INVALID", `${path2} vanished while it was created`);
  return key;
}
async function writeAgentEndpoint(home, endpoint) {
  await writeFileAtomic(join3(home, AGENT_ENDPOINT_FILE), formatAgentEndpoint(endpoint));
}
async function removeAgentEndpoint(home, pid = process.pid) {
  const path2 = join3(home, AGENT_ENDPOINT_FILE);
  try {
    const text3 = await readFile2(path2, "utf8");
    if (new RegExp(`^pid=${pid}$`, "m").test(text3)) await rm2(path2, { force: true });
  } catch {
  }
}

// packages/agent/src/load-exporters.ts
import { readFile as readFile3 } from "node:fs/promises";
import { join as join4, resolve as resolve3, sep } from "node:path";
import { pathToFileURL } from "node:url";
var BUILTIN_EXPORTER_PACKAGES = {
  audit: "@glassbox/audit",
  console: "@glassbox/exporter-console",
  file: "@glassbox/exporter-file",
  otlp: "@glassbox/exporter-otlp",
  prometheus: "@glassbox/exporter-prometheus"
};
var PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
function isExporterName(name) {
  return PACKAGE_NAME.test(name) && name.length <= 214;
}
async function loadExporters(names, options = {}) {
  const targets = [];
  const failures = [];
  const warnings = [];
  for (const name of names) {
    try {
      const exporter = await loadOne(name, options, (w) => warnings.push(`exporter ${name}: ${w}`));
      const targetName = exporter.name;
      if (targets.some((t) => t.name === targetName)) {
        await Promise.resolve(exporter.shutdown()).catch(() => void 0);
        throw new GlassboxError(
          "INVALID_CONFIG",
          `another configured exporter is already named "${targetName}" (names key the checkpoints)`
        );
      }
      targets.push({ name: targetName, exporter });
    } catch (error) {
      const e = GlassboxError.from(error, "INVALID_CONFIG");
      failures.push({ name, code: e.code, message: e.message });
    }
  }
  return { targets, failures, warnings };
}
function describeLoadFailure(failure) {
  return `exporter ${failure.name}: ${failure.code}: ${failure.message}`;
}
async function loadOne(name, options, warn) {
  if (!isExporterName(name))
    throw new GlassboxError("INVALID_CONFIG", "not a built-in exporter name or an npm package name");
  const packageName = BUILTIN_EXPORTER_PACKAGES[name] ?? name;
  const mod = await findModule(packageName, options);
  const version = mod.specificationVersion;
  if (version !== void 0 && version !== specificationVersion)
    throw new GlassboxError(
      "UNSUPPORTED_SPEC_VERSION",
      `${packageName} implements exporter spec ${JSON.stringify(version)}; this agent supports ${specificationVersion}`
    );
  const factory = typeof mod.default === "function" ? mod.default : mod.createExporter;
  if (typeof factory !== "function")
    throw new GlassboxError(
      "INVALID_CONFIG",
      `${packageName} has no exporter factory (a default export or a named createExporter function)`
    );
  let fromEnv = {};
  const declared = mod.exporterOptionSpecs;
  if (isExporterOptionSpecs(declared)) {
    const read = readExporterOptions(declared, options.env ?? process.env);
    fromEnv = read.options;
    for (const problem of read.problems) warn(`${problem}; left out`);
  } else if (declared !== void 0)
    warn("exporterOptionSpecs is not a list of option declarations; ignored");
  let exporter;
  try {
    exporter = factory({ ...fromEnv, ...options.optionsFor?.(name) ?? {} });
  } catch (error) {
    throw GlassboxError.from(error, "INVALID_CONFIG");
  }
  return checkExporter(exporter, packageName);
}
function checkExporter(value, packageName) {
  const v = value;
  if (typeof v !== "object" || v === null)
    throw new GlassboxError("INVALID_CONFIG", `${packageName}'s factory did not return an object`);
  if (v.specificationVersion !== specificationVersion)
    throw new GlassboxError(
      "UNSUPPORTED_SPEC_VERSION",
      `${packageName}'s exporter has specificationVersion ${JSON.stringify(v.specificationVersion)}; this agent supports ${specificationVersion}`
    );
  const missing = ["export", "forceFlush", "shutdown"].filter((m) => typeof v[m] !== "function");
  if (typeof v.name !== "string" || v.name === "") missing.unshift("name");
  if (missing.length > 0)
    throw new GlassboxError(
      "INVALID_CONFIG",
      `${packageName}'s exporter is not an Exporter: missing ${missing.join(", ")}`
    );
  return value;
}
async function findModule(packageName, options) {
  const bundled = options.bundled?.[packageName];
  if (bundled) return bundled;
  const load = options.importModule ?? ((specifier) => import(specifier));
  for (const directory of options.directories ?? []) {
    const file = await packageEntry(join4(directory, "node_modules", packageName));
    if (file) return asModule(await importing(load, pathToFileURL(file).href, packageName), packageName);
  }
  return asModule(await importing(load, packageName, packageName), packageName);
}
async function importing(load, specifier, packageName) {
  try {
    return await load(specifier);
  } catch (error) {
    const code = error?.code;
    const message = code === "ERR_MODULE_NOT_FOUND" && specifier === packageName && String(error).includes(`'${packageName}'`) ? `package ${packageName} is not installed (not bundled, not in the exporter directories)` : `${packageName} failed to load: ${error instanceof Error ? error.message : String(error)}`;
    throw new GlassboxError("INVALID_CONFIG", message, { cause: error });
  }
}
function asModule(value, packageName) {
  if (typeof value !== "object" || value === null)
    throw new GlassboxError("INVALID_CONFIG", `${packageName} did not load as a module`);
  return value;
}
async function packageEntry(packageDir) {
  let manifest;
  try {
    manifest = JSON.parse(await readFile3(join4(packageDir, "package.json"), "utf8"));
  } catch {
    return void 0;
  }
  const exportsField = manifest.exports;
  const root = typeof exportsField === "object" && exportsField !== null && !Array.isArray(exportsField) ? "." in exportsField ? exportsField["."] : exportsField : exportsField;
  const target = (root === void 0 ? void 0 : conditionalTarget(root)) ?? (typeof manifest.main === "string" ? manifest.main : "index.js");
  const file = resolve3(packageDir, target);
  return file.startsWith(resolve3(packageDir) + sep) ? file : void 0;
}
var CONDITIONS = /* @__PURE__ */ new Set(["node", "import", "default"]);
function conditionalTarget(value) {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = conditionalTarget(item);
      if (found) return found;
    }
    return void 0;
  }
  if (typeof value !== "object" || value === null) return void 0;
  for (const [condition, target] of Object.entries(value)) {
    if (!CONDITIONS.has(condition)) continue;
    const found = conditionalTarget(target);
    if (found) return found;
  }
  return void 0;
}
function defaultExporterDirectory(dataDir) {
  return join4(dataDir, "exporters");
}

// packages/agent/src/agent-config.ts
var OPTION = "CLAUDE_PLUGIN_OPTION_";
var CONFIG_KEY_VARIABLES = [
  "CLAUDE_PLUGIN_ROOT",
  "CLAUDE_PLUGIN_DATA",
  `${OPTION}AGENTPORT`,
  `${OPTION}EXPORTERS`,
  `${OPTION}FILEDIRECTORY`,
  `${OPTION}SAMPLINGRATE`,
  `${OPTION}CAPTURECONTENT`,
  `${OPTION}IDLETIMEOUTMINUTES`,
  `${OPTION}TURNSUMMARY`,
  `${OPTION}USERID`,
  `${OPTION}TEAM`,
  `${OPTION}BUDGETSESSIONUSD`,
  `${OPTION}BUDGETDAILYUSD`,
  `${OPTION}BUDGETMONTHLYUSD`,
  `${OPTION}BUDGETWARNPERCENT`,
  `${OPTION}BUDGETENFORCE`
];
function configKeyOf(env) {
  return CONFIG_KEY_VARIABLES.map((name) => env[name] ?? "").join("|");
}
function configHashOf(configSource, channelKey) {
  return createHmac2("sha256", channelKey).update(configSource).digest("hex");
}
function nonEmpty(value) {
  const v = value?.trim();
  return v ? v : void 0;
}
function expandHome(path2) {
  return path2 === "~" ? homedir2() : path2.startsWith("~/") ? join5(homedir2(), path2.slice(2)) : path2;
}
function loadAgentConfig(env = process.env) {
  const problems = [];
  const dataDir = resolve4(
    expandHome(
      nonEmpty(env.CLAUDE_PLUGIN_DATA) ?? nonEmpty(env.GLASSBOX_AGENT_DATA_DIR) ?? "~/.glassbox/agent"
    )
  );
  let port = DEFAULT_AGENT_PORT;
  const rawPort = nonEmpty(env[`${OPTION}AGENTPORT`]);
  if (rawPort !== void 0) {
    const n = Number(rawPort);
    if (Number.isInteger(n) && n > 0 && n < 65536) port = n;
    else
      problems.push(
        `agentPort must be a port number from 1 to 65535, got ${JSON.stringify(rawPort)}; using ${port}`
      );
  }
  const overridePort = nonEmpty(env.GLASSBOX_AGENT_PORT);
  if (overridePort !== void 0 && /^\d{1,5}$/.test(overridePort) && Number(overridePort) < 65536)
    port = Number(overridePort);
  const exporters = [];
  const exporterOptions = {};
  for (const entry of parseList(nonEmpty(env[`${OPTION}EXPORTERS`]) ?? "file")) {
    const [raw, options] = typeof entry === "string" ? [entry, void 0] : entry;
    const name = raw.trim().toLowerCase();
    if (name === "none" || name === "" || exporters.includes(name)) continue;
    if (!isExporterName(name)) {
      problems.push(
        `exporters: ${JSON.stringify(raw)} is neither a built-in exporter (console, file, otlp, prometheus) nor an npm package name; ignored`
      );
      continue;
    }
    exporters.push(name);
    if (options) exporterOptions[name] = options;
  }
  const rawDir = nonEmpty(env[`${OPTION}FILEDIRECTORY`]);
  let fileDirectory = join5(dataDir, "telemetry");
  if (rawDir !== void 0) {
    const expanded = expandHome(rawDir);
    if (isAbsolute2(expanded)) fileDirectory = expanded;
    else
      problems.push(
        `fileDirectory must be an absolute path, got ${JSON.stringify(rawDir)}; using ${fileDirectory}`
      );
  }
  let samplingRate = 1;
  try {
    samplingRate = parseSamplingRate(env[`${OPTION}SAMPLINGRATE`]);
  } catch (error) {
    problems.push(`${error instanceof Error ? error.message : String(error)}; using 1`);
  }
  const captureContent = booleanOption(env, "CAPTURECONTENT", false, problems);
  const turnSummary = booleanOption(env, "TURNSUMMARY", true, problems);
  let idleTimeoutMs = 10 * 6e4;
  const rawIdle = nonEmpty(env[`${OPTION}IDLETIMEOUTMINUTES`]);
  if (rawIdle !== void 0) {
    const n = Number(rawIdle);
    if (Number.isFinite(n) && n >= 0) idleTimeoutMs = n * 6e4;
    else
      problems.push(
        `idleTimeoutMinutes must be a number of minutes (0 = never), got ${JSON.stringify(rawIdle)}; using 10`
      );
  }
  const budget = budgetOption(env, problems);
  const spoolMaxMb = positiveNumber(env, "GLASSBOX_SPOOL_MAX_MB", problems);
  const exportMaxPendingItems = positiveNumber(env, "GLASSBOX_EXPORT_MAX_PENDING", problems);
  return {
    config: {
      dataDir,
      port,
      exporters,
      exporterOptions,
      exporterDirectory: defaultExporterDirectory(dataDir),
      fileDirectory,
      samplingRate,
      captureContent,
      idleTimeoutMs,
      turnSummary,
      ...optionalString("userId", nonEmpty(env[`${OPTION}USERID`]) ?? osUserName()),
      ...optionalString("team", nonEmpty(env[`${OPTION}TEAM`])),
      ...budget ? { budget } : {},
      configKey: configKeyOf(env),
      configSource: configKeyOf(env),
      maxBodyBytes: 8 * 1024 * 1024,
      sweepIntervalMs: 5e3,
      claudeConfigDir: resolve4(expandHome(nonEmpty(env.CLAUDE_CONFIG_DIR) ?? "~/.claude")),
      agentHome: agentHomeFromEnv(env),
      plugin: nonEmpty(env.GLASSBOX_PLUGIN) ?? pluginNameOf(env.CLAUDE_PLUGIN_ROOT),
      ...spoolMaxMb !== void 0 ? { spoolMaxBytes: Math.round(spoolMaxMb * 1024 * 1024) } : {},
      ...exportMaxPendingItems !== void 0 ? { exportMaxPendingItems: Math.round(exportMaxPendingItems) } : {}
    },
    problems
  };
}
function optionalString(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function osUserName() {
  try {
    return userInfo().username || void 0;
  } catch {
    return void 0;
  }
}
function pluginNameOf(root) {
  const r = nonEmpty(root)?.replace(/\/+$/, "");
  if (!r) return "glassbox-agent";
  const name = basename2(r);
  return /^\d+\.\d+/.test(name) ? basename2(resolve4(r, "..")) : name;
}
function parseList(raw) {
  const text3 = raw.trim();
  if (text3.startsWith("[")) {
    try {
      const parsed = JSON.parse(text3);
      if (Array.isArray(parsed)) return parsed.filter(isListEntry);
    } catch {
    }
  }
  return text3.split(/[\s,]+/).filter(Boolean);
}
function isListEntry(value) {
  if (typeof value === "string") return true;
  return Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "object" && value[1] !== null && !Array.isArray(value[1]);
}
function positiveNumber(env, name, problems) {
  const raw = nonEmpty(env[name]);
  if (raw === void 0) return void 0;
  const n = Number(raw);
  if (Number.isFinite(n) && n > 0) return n;
  problems.push(`${name} must be a positive number, got ${JSON.stringify(raw)}; using the default`);
  return void 0;
}
function budgetOption(env, problems) {
  const limit = (key, name, setting) => {
    const raw = nonEmpty(env[`${OPTION}${key}`]);
    if (raw === void 0) return {};
    const n = Number(raw);
    if (Number.isFinite(n) && n >= 0) return n > 0 ? { [name]: n } : {};
    problems.push(
      `${setting} must be an amount in USD (0 = none), got ${JSON.stringify(raw)}; no such budget`
    );
    return {};
  };
  const limits = {
    ...limit("BUDGETSESSIONUSD", "sessionUsd", "budgetSessionUsd"),
    ...limit("BUDGETDAILYUSD", "dailyUsd", "budgetDailyUsd"),
    ...limit("BUDGETMONTHLYUSD", "monthlyUsd", "budgetMonthlyUsd")
  };
  let warnPercent = 80;
  const rawWarn = nonEmpty(env[`${OPTION}BUDGETWARNPERCENT`]);
  if (rawWarn !== void 0) {
    const n = Number(rawWarn);
    if (Number.isFinite(n) && n > 0 && n <= 100) warnPercent = n;
    else
      problems.push(
        `budgetWarnPercent must be a percentage from 1 to 100, got ${JSON.stringify(rawWarn)}; using 80`
      );
  }
  const settings = {
    ...limits,
    warnPercent,
    enforce: booleanOption(env, "BUDGETENFORCE", false, problems)
  };
  return hasBudget(settings) ? settings : void 0;
}
function booleanOption(env, key, fallback, problems) {
  const raw = nonEmpty(env[`${OPTION}${key}`]);
  if (raw === void 0) return fallback;
  const v = raw.toLowerCase();
  if (v === "true" || v === "1" || v === "yes") return true;
  if (v === "false" || v === "0" || v === "no") return false;
  problems.push(`${key.toLowerCase()} must be true or false, got ${JSON.stringify(raw)}; using ${fallback}`);
  return fallback;
}
function agentHomeOf2(config) {
  return config.agentHome ?? config.dataDir;
}

// packages/agent/src/glassbox-agent.ts
import { mkdir as mkdir8 } from "node:fs/promises";

// packages/agent/src/agent-counters.ts
var AgentCounters = class {
  /** Events and requests ignored or dropped, by reason. */
  ignored = {};
  /** Authenticated requests by route (`POST /v1/hooks`). */
  requests = {};
  /** Spool records written since the start. */
  appended = 0;
  /** Spool records applied again at the start. */
  replayed = 0;
  corruptLines = 0;
  tornTails = 0;
  quarantinedSegments = 0;
  count = (reason, n = 1) => {
    this.ignored[reason] = (this.ignored[reason] ?? 0) + n;
  };
  request(route) {
    this.requests[route] = (this.requests[route] ?? 0) + 1;
  }
};

// packages/audit/src/index.ts
var src_exports = {};
__export(src_exports, {
  AuditLog: () => AuditLog,
  CHECKPOINTS_FILE: () => CHECKPOINTS_FILE,
  CONTENT_KEY_FILE: () => CONTENT_KEY_FILE,
  MerkleAccumulator: () => MerkleAccumulator,
  PUBLIC_KEY_FILE: () => PUBLIC_KEY_FILE,
  SIGNING_KEY_FILE: () => SIGNING_KEY_FILE,
  ZERO_HASH: () => ZERO_HASH,
  canonicalJson: () => canonicalJson2,
  chainRecord: () => chainRecord,
  checkCheckpointSignature: () => checkCheckpointSignature,
  checkpointBody: () => checkpointBody,
  createAuditExporter: () => createAuditExporter,
  createContentHasher: () => createContentHasher,
  createExporter: () => createAuditExporter,
  exporterOptionSpecs: () => exporterOptionSpecs,
  formatVerifierKey: () => formatVerifierKey,
  inclusionProof: () => inclusionProof,
  leafHash: () => leafHash,
  listSegments: () => listSegments,
  loadOrCreateContentKey: () => loadOrCreateContentKey,
  loadOrCreateSigningKey: () => loadOrCreateSigningKey,
  merkleRoot: () => merkleRoot,
  nodeHash: () => nodeHash,
  parseCheckpoint: () => parseCheckpoint,
  parseVerifierKey: () => parseVerifierKey,
  recordHash: () => recordHash,
  segmentName: () => segmentName,
  signCheckpoint: () => signCheckpoint,
  verifierKey: () => verifierKey,
  verifyAuditLog: () => verifyAuditLog,
  verifyAuditText: () => verifyAuditText,
  verifyInclusion: () => verifyInclusion
});

// packages/audit/src/audit-log.ts
import { appendFile, mkdir as mkdir2, open as open5, readFile as readFile5, stat as stat4, truncate } from "node:fs/promises";
import { hostname } from "node:os";
import { join as join7 } from "node:path";

// packages/audit/src/chain-record.ts
import { createHash as createHash4 } from "node:crypto";

// packages/audit/src/canonical-json.ts
function canonicalJson2(value) {
  if (value === null || typeof value !== "object") {
    const out = JSON.stringify(value);
    return out === void 0 ? "null" : out;
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson2(item)).join(",")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== void 0 && typeof v !== "function" && typeof v !== "symbol").sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson2(v)}`).join(",")}}`;
}

// packages/audit/src/chain-record.ts
var ZERO_HASH = "0".repeat(64);
function recordHash(record) {
  const { hash: _hash, ...rest2 } = record;
  return createHash4("sha256").update(canonicalJson2(rest2)).digest("hex");
}
function chainRecord(decision, seq, prevHash) {
  const {
    seq: _s,
    prevHash: _p,
    hash: _h,
    ...fields
  } = decision;
  const unhashed = { ...jsonSafe(fields), seq, prevHash };
  return { ...unhashed, hash: recordHash(unhashed) };
}
function jsonSafe(value, depth = 0, seen = /* @__PURE__ */ new Set()) {
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return Number.isFinite(value) ? Object.is(value, -0) ? 0 : value : null;
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return "[Circular]";
  if (depth >= 64) return "[Deep]";
  const toJson = value.toJSON;
  if (typeof toJson === "function") return jsonSafe(toJson.call(value), depth + 1, seen);
  seen.add(value);
  try {
    if (Array.isArray(value))
      return value.map((item) => item === void 0 ? null : jsonSafe(item, depth + 1, seen));
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === void 0 || typeof v === "function" || typeof v === "symbol") continue;
      Object.defineProperty(out, k, {
        value: jsonSafe(v, depth + 1, seen),
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

// packages/audit/src/signing-key.ts
import {
  createHash as createHash5,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify
} from "node:crypto";
import { chmod as chmod2, readFile as readFile4, rename as rename2, stat as stat3, writeFile } from "node:fs/promises";
import { join as join6 } from "node:path";
var SIGNING_KEY_FILE = "audit-signing.key";
var PUBLIC_KEY_FILE = "audit-signing.pub";
var ED25519_ALG = 1;
function verifierKey(name, raw) {
  const keyId = createHash5("sha256").update(`${name}
`).update(Buffer.from([ED25519_ALG])).update(raw).digest().subarray(0, 4);
  return { name, raw, keyId };
}
function formatVerifierKey(key) {
  const encoded = Buffer.concat([Buffer.from([ED25519_ALG]), key.raw]).toString("base64");
  return `${key.name}+${key.keyId.toString("hex")}+${encoded}`;
}
function parseVerifierKey(text3) {
  const match = /^([^+\s]+)\+([0-9a-f]{8})\+(\S+)$/.exec(text3.trim());
  const [, name, hex, encoded] = match ?? [];
  const bytes = Buffer.from(encoded ?? "", "base64");
  if (!name || bytes.length !== 33 || bytes[0] !== ED25519_ALG)
    throw new GlassboxError("INVALID_INPUT", "not an Ed25519 verifier key (name+keyid+base64)");
  const key = verifierKey(name, bytes.subarray(1));
  if (key.keyId.toString("hex") !== hex)
    throw new GlassboxError("INVALID_INPUT", "verifier key id does not match its key");
  return key;
}
function signBytes(key, message) {
  return sign(null, message, key.privateKey);
}
function verifyBytes(key, message, signature) {
  try {
    const memo = `${key.raw.toString("hex")}:${signature.toString("base64")}:${message.toString("base64")}`;
    const known = verified.get(memo);
    if (known !== void 0) return known;
    const ok = verify(null, message, publicKeyObject(key.raw), signature);
    if (verified.size >= 1024) verified.delete(verified.keys().next().value);
    verified.set(memo, ok);
    return ok;
  } catch {
    return false;
  }
}
var verified = /* @__PURE__ */ new Map();
var keyObjects = /* @__PURE__ */ new Map();
function publicKeyObject(raw) {
  const hex = raw.toString("hex");
  let object = keyObjects.get(hex);
  if (!object) {
    object = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, raw]), format: "der", type: "spki" });
    if (keyObjects.size >= 64) keyObjects.clear();
    keyObjects.set(hex, object);
  }
  return object;
}
var SPKI_ED25519_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
function rawPublicKey(privateKey) {
  const der = createPublicKey(privateKey).export({ format: "der", type: "spki" });
  return Buffer.from(der.subarray(SPKI_ED25519_PREFIX.length));
}
async function loadOrCreateSigningKey(dir, name) {
  const path2 = join6(dir, SIGNING_KEY_FILE);
  let pem;
  try {
    const info = await stat3(path2);
    if ((info.mode & 63) !== 0)
      throw new GlassboxError("INVALID_CONFIG", `${path2} is readable by others (mode must be 0600)`, {
        data: { path: path2 }
      });
    pem = await readFile4(path2, "utf8");
  } catch (error) {
    if (error.code !== "ENOENT") throw GlassboxError.from(error, "INVALID_CONFIG");
  }
  if (pem === void 0) {
    const { privateKey: privateKey2 } = generateKeyPairSync("ed25519");
    pem = privateKey2.export({ format: "pem", type: "pkcs8" }).toString();
    const tmp = `${path2}.${process.pid}.tmp`;
    await writeFile(tmp, pem, { mode: 384 });
    await chmod2(tmp, 384);
    await rename2(tmp, path2);
  }
  const privateKey = createPrivateKey(pem);
  const publicKey = verifierKey(name, rawPublicKey(privateKey));
  await writeFile(join6(dir, PUBLIC_KEY_FILE), `${formatVerifierKey(publicKey)}
`, { mode: 420 });
  return { name, privateKey, publicKey };
}

// packages/audit/src/checkpoint-note.ts
function checkpointBody(c) {
  return `${c.origin}
${c.size}
${c.rootHash}
timestamp ${c.timestampMs}
`;
}
function signCheckpoint(c, key) {
  const body = checkpointBody(c);
  const sig = signBytes(key, Buffer.from(body, "utf8"));
  const line = `\u2014 ${key.name} ${Buffer.concat([key.publicKey.keyId, sig]).toString("base64")}
`;
  return {
    ...c,
    note: `${body}
${line}`,
    signerName: key.name,
    signerKeyId: key.publicKey.keyId.toString("hex")
  };
}
function parseCheckpoint(note) {
  const split = note.indexOf("\n\n");
  if (split < 0) throw invalid("no blank line before the signatures");
  const body = note.slice(0, split + 1);
  const lines = body.split("\n");
  const [origin, sizeText, rootHash] = lines;
  const stamp = lines.slice(3).find((l) => l.startsWith("timestamp "));
  const size = Number(sizeText);
  if (!origin || !Number.isSafeInteger(size) || size < 0 || !/^\d+$/.test(sizeText ?? ""))
    throw invalid("bad origin or size line");
  if (!rootHash || Buffer.from(rootHash, "base64").length !== 32) throw invalid("bad root hash line");
  const sigLine = note.slice(split + 2).split("\n")[0] ?? "";
  const match = /^\u2014 (\S+) (\S+)$/.exec(sigLine);
  if (!match) throw invalid("no signature line");
  const sig = Buffer.from(match[2], "base64");
  if (sig.length < 5) throw invalid("signature too short");
  return {
    origin,
    size,
    rootHash,
    timestampMs: stamp ? Number(stamp.slice("timestamp ".length)) : 0,
    note,
    signerName: match[1],
    signerKeyId: sig.subarray(0, 4).toString("hex")
  };
}
function checkCheckpointSignature(checkpoint, key) {
  if (checkpoint.signerName !== key.name || checkpoint.signerKeyId !== key.keyId.toString("hex"))
    return "key_changed";
  const split = checkpoint.note.indexOf("\n\n");
  const body = checkpoint.note.slice(0, split + 1);
  if (body !== checkpointBody(checkpoint)) return "bad_signature";
  const sigLine = checkpoint.note.slice(split + 2).split("\n")[0] ?? "";
  const sig = Buffer.from(sigLine.split(" ")[2] ?? "", "base64").subarray(4);
  return verifyBytes(key, Buffer.from(body, "utf8"), sig) ? "ok" : "bad_signature";
}
function invalid(why) {
  return new GlassboxError("INVALID_INPUT", `not a signed checkpoint: ${why}`);
}

// packages/audit/src/log-files.ts
import { readdir as readdir2 } from "node:fs/promises";
var SEGMENT_PATTERN = /^audit-(\d{6,})\.jsonl$/;
var CHECKPOINTS_FILE = "checkpoints.jsonl";
var RECOVERY_FILE = "recovery.jsonl";
function segmentName(index) {
  return `audit-${String(index).padStart(6, "0")}.jsonl`;
}
async function listSegments(dir) {
  let names;
  try {
    names = await readdir2(dir);
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  return names.filter((n) => SEGMENT_PATTERN.test(n)).sort((a, b) => Number(SEGMENT_PATTERN.exec(a)[1]) - Number(SEGMENT_PATTERN.exec(b)[1]));
}

// packages/audit/src/merkle-tree.ts
import { createHash as createHash6 } from "node:crypto";
function leafHash(data) {
  return createHash6("sha256").update(LEAF).update(data).digest();
}
function nodeHash(left, right) {
  return createHash6("sha256").update(NODE).update(left).update(right).digest();
}
var LEAF = Buffer.from([0]);
var NODE = Buffer.from([1]);
var EMPTY_ROOT = createHash6("sha256").digest();
var MerkleAccumulator = class {
  stack = [];
  count = 0;
  get size() {
    return this.count;
  }
  /** Appends one leaf (its data, not yet leaf-hashed). */
  push(data) {
    let item = { hash: leafHash(data), leaves: 1 };
    while (this.stack.length > 0 && this.stack[this.stack.length - 1].leaves === item.leaves) {
      const left = this.stack.pop();
      item = { hash: nodeHash(left.hash, item.hash), leaves: left.leaves * 2 };
    }
    this.stack.push(item);
    this.count++;
  }
  root() {
    if (this.stack.length === 0) return EMPTY_ROOT;
    let root = this.stack[this.stack.length - 1].hash;
    for (let i = this.stack.length - 2; i >= 0; i--) root = nodeHash(this.stack[i].hash, root);
    return root;
  }
};
function merkleRoot(leaves) {
  const acc = new MerkleAccumulator();
  for (const leaf of leaves) acc.push(leaf);
  return acc.root();
}
function inclusionProof(leaves, index) {
  if (!Number.isInteger(index) || index < 0 || index >= leaves.length)
    throw new RangeError(`leaf ${index} is not in a tree of ${leaves.length}`);
  return path(index, leaves.map(leafHash));
}
function path(m, hashes) {
  const n = hashes.length;
  if (n <= 1) return [];
  const k = largestPowerOfTwoBelow(n);
  if (m < k) return [...path(m, hashes.slice(0, k)), subtreeRoot(hashes.slice(k))];
  return [...path(m - k, hashes.slice(k)), subtreeRoot(hashes.slice(0, k))];
}
function subtreeRoot(hashes) {
  if (hashes.length === 1) return hashes[0];
  const k = largestPowerOfTwoBelow(hashes.length);
  return nodeHash(subtreeRoot(hashes.slice(0, k)), subtreeRoot(hashes.slice(k)));
}
function largestPowerOfTwoBelow(n) {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
function verifyInclusion(data, index, size, proof, root) {
  if (!Number.isInteger(index) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leafHash(data);
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

// packages/audit/src/audit-log.ts
var AuditLog = class _AuditLog {
  dir;
  recovery;
  options;
  key;
  tree;
  ids;
  origin;
  now;
  segment;
  segmentBytes;
  lastHash;
  uncovered = 0;
  queue = Promise.resolve();
  timer;
  closed = false;
  lastCheckpoint;
  constructor(init) {
    this.options = init.options;
    this.dir = init.options.dir;
    this.key = init.key;
    this.tree = init.tree;
    this.ids = init.ids;
    this.segment = init.segment;
    this.segmentBytes = init.segmentBytes;
    this.lastHash = init.lastHash;
    this.uncovered = init.uncovered;
    this.recovery = init.recovery;
    this.origin = init.key.name;
    this.now = init.options.now ?? Date.now;
  }
  /** Opens (or creates) the log: reads the chain's end, cuts a torn last line, loads or creates the key. */
  static async open(options) {
    const dir = options.dir;
    await mkdir2(dir, { recursive: true, mode: 448 });
    const origin = options.origin ?? `glassbox.audit/${hostname() || "localhost"}`;
    const key = await loadOrCreateSigningKey(dir, origin);
    const segments = await listSegments(dir);
    const tree = new MerkleAccumulator();
    const ids = /* @__PURE__ */ new Set();
    const window = options.dedupeWindow ?? 1e5;
    let lastHash = ZERO_HASH;
    let recovery = {};
    let segmentBytes = 0;
    for (const [i, name] of segments.entries()) {
      const path2 = join7(dir, name);
      let text3 = await readFile5(path2, "utf8");
      if (i === segments.length - 1 && text3.length > 0 && !text3.endsWith("\n")) {
        const keep = text3.lastIndexOf("\n") + 1;
        const bytes = Buffer.byteLength(text3.slice(keep));
        await truncate(path2, Buffer.byteLength(text3.slice(0, keep)));
        text3 = text3.slice(0, keep);
        recovery = { tornLine: { file: name, bytes } };
        await appendFile(
          join7(dir, RECOVERY_FILE),
          `${JSON.stringify({ timeMs: (options.now ?? Date.now)(), file: name, tornBytes: bytes })}
`
        );
      }
      for (const line of text3.split("\n")) {
        if (line === "") continue;
        const record = JSON.parse(line);
        tree.push(Buffer.from(record.hash, "hex"));
        lastHash = record.hash;
        ids.add(record.id);
        if (ids.size > window) ids.delete(ids.values().next().value);
      }
      if (i === segments.length - 1) segmentBytes = Buffer.byteLength(text3);
    }
    const last = segments[segments.length - 1];
    const segment = last ? Number(SEGMENT_PATTERN.exec(last)[1]) : 1;
    await cutTornTail(join7(dir, CHECKPOINTS_FILE));
    const covered = await lastCheckpointSize(dir);
    const log = new _AuditLog({
      options,
      key,
      tree,
      ids,
      segment,
      segmentBytes,
      lastHash,
      uncovered: Math.max(0, tree.size - covered),
      recovery
    });
    if (log.uncovered > 0) log.armTimer();
    return log;
  }
  /** Records in the log. */
  get size() {
    return this.tree.size;
  }
  get latestCheckpoint() {
    return this.lastCheckpoint;
  }
  /** Appends decisions (skipping ids already in the log); resolves with the new records once they are on disk. */
  append(decisions) {
    const run = this.queue.then(() => this.write(decisions));
    this.queue = run.catch(() => void 0);
    return run;
  }
  /** Signs a checkpoint over everything written so far (also when nothing is new). */
  checkpoint() {
    const run = this.queue.then(() => this.writeCheckpoint());
    this.queue = run.catch(() => void 0);
    return run;
  }
  /** Checkpoints what is not covered yet, then stops. Safe to call twice. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.queue;
    if (this.uncovered > 0) await this.writeCheckpoint();
  }
  async write(decisions) {
    if (this.closed) throw new GlassboxError("EXPORTER_SHUTDOWN", "the audit log is closed");
    const records = [];
    let text3 = "";
    let prev = this.lastHash;
    const fresh = /* @__PURE__ */ new Set();
    for (const decision of decisions) {
      if (this.ids.has(decision.id) || fresh.has(decision.id)) continue;
      fresh.add(decision.id);
      const record = chainRecord(decision, this.tree.size + records.length, prev);
      records.push(record);
      prev = record.hash;
      text3 += `${JSON.stringify(record)}
`;
    }
    if (records.length === 0) return records;
    const max = this.options.maxFileBytes ?? 64 * 1024 * 1024;
    if (this.segmentBytes > 0 && this.segmentBytes + Buffer.byteLength(text3) > max) {
      this.segment++;
      this.segmentBytes = 0;
    }
    const path2 = join7(this.dir, segmentName(this.segment));
    const handle2 = await open5(path2, "a", 384);
    try {
      await handle2.writeFile(text3);
      if (this.options.fsync !== false) await handle2.sync();
    } catch (error) {
      throw GlassboxError.from(error, "SPOOL_IO");
    } finally {
      await handle2.close();
    }
    this.segmentBytes += Buffer.byteLength(text3);
    for (const record of records) {
      this.tree.push(Buffer.from(record.hash, "hex"));
      this.ids.add(record.id);
    }
    const window = this.options.dedupeWindow ?? 1e5;
    while (this.ids.size > window) this.ids.delete(this.ids.values().next().value);
    this.lastHash = prev;
    this.uncovered += records.length;
    if (this.uncovered >= (this.options.checkpointEvery ?? 1e3)) await this.writeCheckpoint();
    else this.armTimer();
    return records;
  }
  armTimer() {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = void 0;
      if (this.uncovered > 0) void this.checkpoint().catch(() => void 0);
    }, this.options.checkpointIntervalMs ?? 6e4);
    this.timer.unref();
  }
  async writeCheckpoint() {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = void 0;
    }
    const signed = signCheckpoint(
      {
        origin: this.origin,
        size: this.tree.size,
        rootHash: this.tree.root().toString("base64"),
        timestampMs: this.now()
      },
      this.key
    );
    const line = {
      size: signed.size,
      rootHash: signed.rootHash,
      timestampMs: signed.timestampMs,
      note: signed.note
    };
    const text3 = `${JSON.stringify(line)}
`;
    await appendDurably(join7(this.dir, CHECKPOINTS_FILE), text3, this.options.fsync !== false);
    if (this.options.witnessFile)
      await appendDurably(this.options.witnessFile, text3, this.options.fsync !== false);
    this.uncovered = 0;
    this.lastCheckpoint = signed;
    this.options.onCheckpoint?.(signed);
    return signed;
  }
};
async function appendDurably(path2, text3, fsync) {
  const handle2 = await open5(path2, "a", 384);
  try {
    await handle2.writeFile(text3);
    if (fsync) await handle2.sync();
  } finally {
    await handle2.close();
  }
}
async function cutTornTail(path2) {
  let text3;
  try {
    text3 = await readFile5(path2, "utf8");
  } catch {
    return;
  }
  if (text3.length > 0 && !text3.endsWith("\n"))
    await truncate(path2, Buffer.byteLength(text3.slice(0, text3.lastIndexOf("\n") + 1)));
}
async function lastCheckpointSize(dir) {
  try {
    const path2 = join7(dir, CHECKPOINTS_FILE);
    if ((await stat4(path2)).size === 0) return 0;
    const lines = (await readFile5(path2, "utf8")).trim().split("\n");
    const last = JSON.parse(lines[lines.length - 1] ?? "{}");
    return typeof last.size === "number" ? last.size : 0;
  } catch {
    return 0;
  }
}

// packages/audit/src/audit-exporter.ts
function createAuditExporter(options = {}) {
  const dir = options.dir ?? process.env.GLASSBOX_AUDIT_DIR;
  let log;
  let shutdown = false;
  const openLog = () => {
    if (!dir) return Promise.reject(new GlassboxError("INVALID_CONFIG", "the audit exporter needs a dir"));
    const { contentHash: _, ...logOptions } = options;
    log ??= AuditLog.open({ ...logOptions, dir });
    log.catch(() => {
      log = void 0;
    });
    return log;
  };
  return {
    specificationVersion,
    name: "audit",
    async export(batch) {
      if (shutdown)
        return failed2(new GlassboxError("EXPORTER_SHUTDOWN", "the audit exporter is shut down"), false);
      try {
        const decisions = Array.isArray(batch?.audit) ? batch.audit : [];
        if (decisions.length === 0) return { code: "success" };
        await (await openLog()).append(decisions);
        return { code: "success" };
      } catch (error) {
        const e = GlassboxError.from(error, "EXPORT_FAILED");
        return failed2(e, e.code !== "INVALID_CONFIG");
      }
    },
    async forceFlush() {
    },
    async shutdown() {
      if (shutdown) return;
      shutdown = true;
      const open9 = log;
      log = void 0;
      if (open9) await open9.then((l) => l.close()).catch(() => void 0);
    }
  };
}
function failed2(error, retryable) {
  return { code: "failed", error, retryable };
}

// packages/audit/src/content-hasher.ts
import { createHash as createHash7, createHmac as createHmac3, randomBytes as randomBytes2 } from "node:crypto";
import { chmod as chmod3, mkdir as mkdir3, readFile as readFile6, rename as rename3, writeFile as writeFile2 } from "node:fs/promises";
import { join as join8 } from "node:path";
var CONTENT_KEY_FILE = "audit-content.key";
function createContentHasher(mode, key) {
  if (mode === "hmac") {
    if (!key || key.length < 16)
      throw new GlassboxError("INVALID_CONFIG", "the hmac content hash needs a key of 16 bytes or more");
    return (value) => createHmac3("sha256", key).update(JSON.stringify(value) ?? "").digest("hex");
  }
  const plain = (value) => createHash7("sha256").update(JSON.stringify(value) ?? "").digest("hex");
  return mode === "seed" ? (value) => plain(value).slice(0, 16) : plain;
}
async function loadOrCreateContentKey(dir) {
  const path2 = join8(dir, CONTENT_KEY_FILE);
  try {
    const text3 = (await readFile6(path2, "utf8")).trim();
    if (!/^[0-9a-f]{64}$/.test(text3))
      throw new GlassboxError("INVALID_CONFIG", `${path2} is not 64 hex digits`, { data: { path: path2 } });
    return Buffer.from(text3, "hex");
  } catch (error) {
    if (error.code !== "ENOENT") throw GlassboxError.from(error, "INVALID_CONFIG");
  }
  const key = randomBytes2(32);
  await mkdir3(dir, { recursive: true, mode: 448 });
  const tmp = `${path2}.${process.pid}.tmp`;
  await writeFile2(tmp, `${key.toString("hex")}
`, { mode: 384 });
  await chmod3(tmp, 384);
  await rename3(tmp, path2);
  return key;
}

// packages/audit/src/exporter-option-specs.ts
var exporterOptionSpecs = [
  {
    name: "dir",
    type: "string",
    env: "GLASSBOX_AUDIT_DIR",
    sensitive: false,
    description: "Directory of the audit log (records, checkpoints, keys). Default: the agent's data directory, under audit/."
  },
  {
    name: "witnessFile",
    type: "string",
    env: "GLASSBOX_AUDIT_WITNESS",
    sensitive: false,
    description: "Also append every signed checkpoint to this file: keep it where the log cannot be rewritten."
  },
  {
    name: "checkpointEvery",
    type: "number",
    env: "GLASSBOX_AUDIT_CHECKPOINT_EVERY",
    sensitive: false,
    default: 1e3,
    description: "Sign a checkpoint after this many records."
  },
  {
    name: "checkpointIntervalMs",
    type: "number",
    env: "GLASSBOX_AUDIT_CHECKPOINT_MS",
    sensitive: false,
    default: 6e4,
    description: "Or this many milliseconds after the first record a checkpoint does not cover yet."
  },
  {
    name: "contentHash",
    type: "string",
    env: "GLASSBOX_AUDIT_CONTENT_HASH",
    sensitive: false,
    default: "hmac",
    description: "How tool input and output are fingerprinted: hmac (keyed by the per-install secret) or sha256 (plain, to match other systems)."
  }
];

// packages/audit/src/verify-audit-log.ts
import { readFile as readFile7 } from "node:fs/promises";
import { join as join9 } from "node:path";
async function verifyAuditLog(dir, options = {}) {
  const segments = await Promise.all(
    (await listSegments(dir)).map(async (file) => ({ file, text: await readFile7(join9(dir, file), "utf8") }))
  );
  const problems = [];
  const checkpoints = notesOf(await readOptional(join9(dir, CHECKPOINTS_FILE)), problems, CHECKPOINTS_FILE);
  if (options.checkpoint !== void 0)
    checkpoints.push(...notesOf(options.checkpoint, problems, "checkpoint"));
  let key;
  const keyText = options.publicKey ?? await readOptional(join9(dir, PUBLIC_KEY_FILE));
  if (keyText) {
    try {
      key = parseVerifierKey(keyText);
    } catch {
      problems.push({ kind: "key_changed", severity: "error", message: "the verifier key cannot be read" });
    }
  }
  const recoveries = [];
  for (const line of (await readOptional(join9(dir, RECOVERY_FILE)) ?? "").split("\n")) {
    try {
      if (line) recoveries.push(JSON.parse(line));
    } catch {
    }
  }
  const result = verifyAuditText({ segments, checkpoints, ...key ? { key } : {}, recoveries });
  const all = [...problems, ...result.problems];
  return { ...result, problems: all, ok: all.every((p) => p.severity !== "error") };
}
function verifyAuditText(input) {
  const problems = [];
  const hashes = [];
  let expected = 0;
  let prevHash = ZERO_HASH;
  const seen = /* @__PURE__ */ new Set();
  const missing = /* @__PURE__ */ new Map();
  for (const r of input.recoveries ?? [])
    problems.push({
      kind: "torn_last_line",
      severity: "notice",
      file: r.file,
      message: `a torn last line (${r.tornBytes} bytes, a write cut by a crash) was cut when the log was opened`
    });
  for (const [s, segment] of input.segments.entries()) {
    const lines = segment.text.split("\n");
    const last = lines.pop() ?? "";
    if (last !== "") {
      const atEnd = s === input.segments.length - 1;
      problems.push({
        kind: atEnd ? "torn_last_line" : "malformed",
        severity: atEnd ? "notice" : "error",
        file: segment.file,
        line: lines.length + 1,
        message: atEnd ? "the last line has no newline (a write cut by a crash); the writer cuts it at open" : "a segment before the last ends without a newline"
      });
    }
    for (const [i, text3] of lines.entries()) {
      const where = { file: segment.file, line: i + 1 };
      const record = parseRecord(text3);
      if (!record) {
        problems.push({ kind: "malformed", severity: "error", ...where, message: "not an audit record" });
        continue;
      }
      const seq = record.seq;
      if (recordHash(record) !== record.hash)
        problems.push({
          kind: "modified",
          severity: "error",
          seq,
          ...where,
          message: "content does not match its hash"
        });
      if (seq < expected) {
        const gap = missing.get(seq);
        if (gap && !seen.has(seq)) {
          missing.delete(seq);
          problems.push({
            kind: "reordered",
            severity: "error",
            seq,
            ...where,
            message: `record ${seq} is out of order`
          });
          seen.add(seq);
        } else {
          problems.push({
            kind: "inserted",
            severity: "error",
            seq,
            ...where,
            message: `a record numbered ${seq} where ${expected} belongs`
          });
        }
        hashes.push(Buffer.from(record.hash, "hex"));
        continue;
      }
      if (seq > expected) {
        for (let m = expected; m < seq && m < expected + 1e4; m++)
          missing.set(m, {
            kind: "deleted",
            severity: "error",
            seq: m,
            ...where,
            message: `record ${m} is missing`
          });
      } else if (record.prevHash !== prevHash) {
        problems.push({
          kind: "modified",
          severity: "error",
          seq: seq - 1,
          ...where,
          message: seq === 0 ? "the first record does not start the chain" : `record ${seq - 1} is not the one record ${seq} chains to`
        });
      }
      seen.add(seq);
      expected = seq + 1;
      prevHash = record.hash;
      hashes.push(Buffer.from(record.hash, "hex"));
    }
  }
  problems.push(...missing.values());
  const checked = checkCheckpoints(input, hashes, expected, problems);
  return {
    ok: problems.every((p) => p.severity !== "error"),
    records: hashes.length,
    segments: input.segments.length,
    checkpoints: checked.count,
    ...checked.latest ? { latestCheckpoint: checked.latest } : {},
    problems
  };
}
function checkCheckpoints(input, hashes, end, problems) {
  const parsed = [];
  for (const note of input.checkpoints) {
    try {
      parsed.push(parseCheckpoint(note));
    } catch (error) {
      problems.push({ kind: "bad_signature", severity: "error", message: error.message });
    }
  }
  parsed.sort((a, b) => a.size - b.size);
  const acc = new MerkleAccumulator();
  let latest;
  for (const cp of parsed) {
    if (input.key) {
      const sig = checkCheckpointSignature(cp, input.key);
      if (sig !== "ok")
        problems.push({
          kind: sig,
          severity: "error",
          message: sig === "key_changed" ? `checkpoint of size ${cp.size} is signed by key ${cp.signerName}+${cp.signerKeyId}, not the log's` : `checkpoint of size ${cp.size} has a bad signature`
        });
    }
    if (!latest || cp.size >= latest.size) latest = cp;
    if (cp.size > hashes.length) continue;
    while (acc.size < cp.size) acc.push(hashes[acc.size]);
    if (acc.root().toString("base64") !== cp.rootHash)
      problems.push({
        kind: "checkpoint_mismatch",
        severity: "error",
        message: `the first ${cp.size} records do not hash to the root signed at ${new Date(cp.timestampMs).toISOString()}`
      });
  }
  if (latest && latest.size > end)
    problems.push({
      kind: "truncated",
      severity: "error",
      seq: end,
      message: `the latest checkpoint covers ${latest.size} records, the log ends at ${end}: ${latest.size - end} missing at the end`
    });
  return {
    count: parsed.length,
    ...latest ? { latest: { size: latest.size, timestampMs: latest.timestampMs } } : {}
  };
}
function parseRecord(text3) {
  try {
    const r = JSON.parse(text3);
    if (typeof r !== "object" || r === null) return void 0;
    if (!Number.isSafeInteger(r.seq) || r.seq < 0) return void 0;
    if (typeof r.hash !== "string" || !/^[0-9a-f]{64}$/.test(r.hash)) return void 0;
    if (typeof r.prevHash !== "string") return void 0;
    return r;
  } catch {
    return void 0;
  }
}
function notesOf(text3, problems, file) {
  if (!text3) return [];
  if (!text3.trimStart().startsWith("{")) return [text3];
  const notes = [];
  const lines = text3.split("\n");
  const tail = lines.pop();
  for (const [i, line] of lines.entries()) {
    try {
      const note = JSON.parse(line).note;
      if (typeof note === "string") notes.push(note);
      else throw new Error("no note");
    } catch {
      problems.push({
        kind: "malformed",
        severity: "error",
        file,
        line: i + 1,
        message: "not a checkpoint line"
      });
    }
  }
  if (tail)
    problems.push({
      kind: "torn_last_line",
      severity: "notice",
      file,
      line: lines.length + 1,
      message: "the last checkpoint line has no newline (a write cut by a crash)"
    });
  return notes;
}
async function readOptional(path2) {
  try {
    return await readFile7(path2, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}

// packages/exporter-console/src/index.ts
var src_exports2 = {};
__export(src_exports2, {
  createConsoleExporter: () => createConsoleExporter,
  default: () => createConsoleExporter,
  exporterOptionSpecs: () => exporterOptionSpecs2
});

// packages/exporter-console/src/console-signal.ts
var consoleSignals = ["spans", "metrics", "logs", "audit"];

// node_modules/.pnpm/safe-stable-stringify@2.5.0/node_modules/safe-stable-stringify/esm/wrapper.js
var import__ = __toESM(require_safe_stable_stringify(), 1);
var configure = import__.default.configure;

// packages/exporter-console/src/format-value.ts
var stringify = configure({ deterministic: false, circularValue: "[Circular]", bigint: true });
function toJsonLine(value) {
  return stringify(value) ?? "null";
}
var BARE = /^[\p{L}\p{N}_.:/@+\-#]+$/u;
function formatValue(value, maxLength) {
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  if (typeof value === "string") {
    const cut = truncate2(value, maxLength);
    return BARE.test(cut) ? cut : quote(cut, maxLength);
  }
  if (value === void 0) return "undefined";
  return escapeSeparators(truncate2(toJsonLine(value), maxLength));
}
function formatKey(key, maxLength) {
  return BARE.test(key) ? key : quote(key, maxLength);
}
function quote(value, maxLength) {
  return escapeSeparators(JSON.stringify(truncate2(value, maxLength)));
}
function escapeSeparators(json) {
  return json.replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function truncate2(text3, maxLength) {
  if (text3.length <= maxLength) return text3;
  let end = Math.max(0, maxLength);
  const code = text3.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end -= 1;
  return `${text3.slice(0, end)}\u2026`;
}

// packages/exporter-console/src/format-batch-json.ts
function formatBatchJson(batch, signals) {
  const lines = [];
  if (signals.has("spans"))
    for (const span of batch.spans) lines.push(toJsonLine({ signal: "span", ...span }));
  if (signals.has("metrics")) {
    for (const metric of batch.metrics) lines.push(toJsonLine({ signal: "metric", ...metric }));
  }
  if (signals.has("logs")) for (const log of batch.logs) lines.push(toJsonLine({ signal: "log", ...log }));
  if (signals.has("audit")) {
    for (const record of batch.audit) lines.push(toJsonLine({ signal: "audit", ...record }));
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}

// packages/exporter-console/src/format-batch-text.ts
var PREFIX = "[glassbox]";
var ANSI = { red: 31, green: 32, yellow: 33, cyan: 36, dim: 2 };
function formatBatchText(batch, options) {
  const lines = [];
  const { signals } = options;
  if (signals.has("spans")) for (const span of batch.spans) lines.push(spanLine(span, options));
  if (signals.has("metrics")) for (const metric of batch.metrics) lines.push(...metricLines(metric, options));
  if (signals.has("logs")) for (const log of batch.logs) lines.push(logLine(log, options));
  if (signals.has("audit")) for (const record of batch.audit) lines.push(auditLine(record, options));
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}
function spanLine(span, options) {
  const duration = round(span.endTimeMs - span.startTimeMs);
  const status = span.status.code;
  const statusColor = status === "error" ? "red" : status === "ok" ? "green" : "dim";
  const parts = [
    head("span", options),
    text2(span.name, options),
    `${duration} ms`,
    paint(status, statusColor, options)
  ];
  if (status === "error" && span.status.message)
    parts.push(formatValue(span.status.message, options.maxValueLength));
  parts.push(`trace=${short(span.traceId)}`, `span=${span.spanId}`);
  if (span.parentSpanId) parts.push(`parent=${span.parentSpanId}`);
  if (span.events.length > 0)
    parts.push(`events=${formatValue(span.events.map((e) => e.name).join(","), options.maxValueLength)}`);
  return join10(parts, span.attributes, options);
}
function metricLines(metric, options) {
  const unit = metric.unit ? ` ${metric.unit}` : "";
  const name = text2(metric.name, options);
  const start = `${head("metric", options)} ${name}`;
  switch (metric.kind) {
    case "sum":
      return metric.points.map((p) => join10([start, `sum=${p.value}${unit}`], p.attributes, options));
    case "gauge":
      return metric.points.map((p) => join10([start, `gauge=${p.value}${unit}`], p.attributes, options));
    case "histogram":
      return metric.points.map((p) => {
        const stats = [`count=${p.count}`, `sum=${p.sum}${unit}`];
        if (p.min !== void 0) stats.push(`min=${p.min}`);
        if (p.max !== void 0) stats.push(`max=${p.max}`);
        return join10([start, "histogram", ...stats], p.attributes, options);
      });
  }
}
function logLine(log, options) {
  const level2 = log.severity.toUpperCase();
  const color = log.severity === "error" ? "red" : log.severity === "warn" ? "yellow" : "cyan";
  const parts = [head("log", options), paint(level2, color, options), text2(log.event, options)];
  const line = join10(parts, log.attributes, options);
  if (!log.body) return line;
  const body = Object.entries(log.body).map(
    ([key, value]) => `${formatKey(key, options.maxValueLength)}=${formatValue(value, options.maxValueLength)}`
  );
  return body.length === 0 ? line : `${line} ${body.join(" ")}`;
}
function auditLine(record, options) {
  const max = options.maxValueLength;
  const chained = "hash" in record ? record : void 0;
  const parts = [head("audit", options), chained ? `#${chained.seq}` : `id=${short(record.id)}`];
  parts.push(text2(record.decisionType, options));
  if (record.toolName) parts.push(formatValue(record.toolName, max));
  parts.push(`session=${formatValue(record.sessionId, max)}`, `user=${formatValue(record.userId, max)}`);
  if (record.decisionSource) parts.push(`source=${formatValue(record.decisionSource, max)}`);
  if (chained) parts.push(`hash=${short(chained.hash)}`, `prev=${short(chained.prevHash)}`);
  return parts.join(" ");
}
function join10(parts, attributes, options) {
  const max = options.maxValueLength;
  for (const [key, value] of Object.entries(attributes)) {
    parts.push(`${formatKey(key, max)}=${formatValue(value, max)}`);
  }
  return parts.join(" ");
}
function head(signal, options) {
  return `${paint(PREFIX, "dim", options)} ${signal}`;
}
function text2(value, options) {
  const plain = value !== "" && value.length <= options.maxValueLength && !/[\p{Cc}\p{Zl}\p{Zp}"\\]/u.test(value);
  return plain ? value : quote(value, options.maxValueLength);
}
function paint(value, color, options) {
  return options.colors ? `\x1B[${ANSI[color]}m${value}\x1B[0m` : value;
}
function short(id) {
  return id.slice(0, 8);
}
function round(ms) {
  return Math.round(ms * 10) / 10;
}

// packages/exporter-console/src/console-exporter.ts
var DEFAULT_MAX_VALUE_LENGTH = 120;
function createConsoleExporter(options = {}) {
  const settings = resolveOptions(options);
  const stream = settings.stream;
  const pending = /* @__PURE__ */ new Set();
  let lastStreamError;
  let listening = false;
  let closed = false;
  const onError = (error) => {
    lastStreamError = error;
  };
  const write = (chunk) => new Promise((resolve7) => {
    if (stream.destroyed || stream.writableEnded) {
      resolve7(failed3(new GlassboxError("EXPORT_FAILED", "console stream is closed")));
      return;
    }
    if (!listening) {
      stream.on("error", onError);
      listening = true;
    }
    try {
      stream.write(chunk, (error) => {
        const cause = error ?? void 0;
        resolve7(cause ? failed3(GlassboxError.from(cause, "EXPORT_FAILED")) : { code: "success" });
      });
    } catch (error) {
      resolve7(failed3(GlassboxError.from(error ?? lastStreamError, "EXPORT_FAILED")));
    }
  });
  return {
    specificationVersion,
    name: settings.name,
    async export(batch) {
      if (closed) return failed3(new GlassboxError("EXPORTER_SHUTDOWN", "console exporter is shut down"));
      let chunk;
      try {
        chunk = settings.format === "json" ? formatBatchJson(batch, settings.signals) : formatBatchText(batch, settings);
      } catch (error) {
        return failed3(GlassboxError.from(error, "EXPORT_FAILED"));
      }
      if (chunk === "") return { code: "success" };
      const result = write(chunk);
      pending.add(result);
      try {
        return await result;
      } finally {
        pending.delete(result);
      }
    },
    async forceFlush() {
      await Promise.allSettled([...pending]);
    },
    async shutdown() {
      closed = true;
      await Promise.allSettled([...pending]);
      if (listening) {
        stream.off("error", onError);
        listening = false;
      }
    }
  };
}
function failed3(error) {
  return { code: "failed", error, retryable: false };
}
function resolveOptions(options) {
  const env = process.env;
  const stream = options.stream ?? process.stderr;
  const format = options.format ?? parseFormat(env.GLASSBOX_CONSOLE_FORMAT);
  if (format !== "text" && format !== "json") {
    throw invalid2(`format must be "text" or "json", got ${JSON.stringify(format)}`);
  }
  const signals = options.signals ?? parseSignals(env.GLASSBOX_CONSOLE_SIGNALS);
  for (const signal of signals) {
    if (!consoleSignals.includes(signal)) {
      throw invalid2(`unknown signal ${JSON.stringify(signal)}; expected ${consoleSignals.join(", ")}`);
    }
  }
  const maxValueLength = options.maxValueLength ?? DEFAULT_MAX_VALUE_LENGTH;
  if (!Number.isInteger(maxValueLength) || maxValueLength < 1) {
    throw invalid2(`maxValueLength must be a positive integer, got ${maxValueLength}`);
  }
  const name = options.name ?? "console";
  if (typeof name !== "string" || name.trim() === "") throw invalid2("name must be a non-empty string");
  const colors = options.colors ?? (stream.isTTY === true && !env.NO_COLOR);
  return { stream, format, signals: new Set(signals), colors, maxValueLength, name };
}
function parseFormat(value) {
  if (value === void 0 || value === "") return "text";
  if (value === "text" || value === "json") return value;
  throw invalid2(`GLASSBOX_CONSOLE_FORMAT must be "text" or "json", got ${JSON.stringify(value)}`);
}
function parseSignals(value) {
  if (value === void 0 || value.trim() === "") return consoleSignals;
  const signals = value.split(",").map((s) => s.trim());
  for (const signal of signals) {
    if (!consoleSignals.includes(signal)) {
      throw invalid2(`GLASSBOX_CONSOLE_SIGNALS: unknown signal ${JSON.stringify(signal)}`);
    }
  }
  return signals;
}
function invalid2(message) {
  return new GlassboxError("INVALID_CONFIG", `console exporter: ${message}`);
}

// packages/exporter-console/src/exporter-option-specs.ts
var exporterOptionSpecs2 = [
  {
    name: "format",
    type: "string",
    env: "GLASSBOX_CONSOLE_FORMAT",
    sensitive: false,
    default: "text",
    description: "`text`: one human line per record; `json`: one JSON object per line."
  },
  {
    name: "signals",
    type: "string[]",
    env: "GLASSBOX_CONSOLE_SIGNALS",
    sensitive: false,
    description: "Which of `spans`, `metrics`, `logs`, `audit` to print; default all."
  },
  {
    name: "colors",
    type: "boolean",
    sensitive: false,
    description: "ANSI colours in the text format; default on when the stream is a TTY and `NO_COLOR` is unset."
  },
  {
    name: "maxValueLength",
    type: "number",
    sensitive: false,
    default: 120,
    description: "Longest value in the text format before it is cut."
  },
  {
    name: "name",
    type: "string",
    sensitive: false,
    default: "console",
    description: "Exporter name for logs, checkpoints and `glassbox doctor`."
  }
];

// packages/exporter-file/src/index.ts
var src_exports3 = {};
__export(src_exports3, {
  createFileExporter: () => createFileExporter,
  default: () => createFileExporter,
  exporterOptionSpecs: () => exporterOptionSpecs3
});

// packages/exporter-file/src/exporter-option-specs.ts
var exporterOptionSpecs3 = [
  {
    name: "dir",
    type: "string",
    env: "GLASSBOX_FILE_DIR",
    sensitive: false,
    default: "~/.glassbox/logs",
    description: "Directory of the files; `~/` is expanded, a relative path is resolved against the cwd."
  },
  {
    name: "fileName",
    type: "string",
    sensitive: false,
    default: "glassbox.jsonl",
    description: "The log file; rolled-over files are `glassbox.<UTC day>.<n>.jsonl`."
  },
  {
    name: "auditFileName",
    type: "string",
    sensitive: false,
    default: "audit.jsonl",
    description: "The audit file."
  },
  {
    name: "spans",
    type: "boolean",
    env: "GLASSBOX_FILE_SPANS",
    sensitive: false,
    default: false,
    description: 'Also write each span as a log line with `event: "span"`.'
  },
  {
    name: "audit",
    type: "boolean",
    env: "GLASSBOX_FILE_AUDIT",
    sensitive: false,
    default: true,
    description: "Write audit records (the file is created with the first one)."
  },
  {
    name: "level",
    type: "string",
    env: "GLASSBOX_FILE_LEVEL",
    sensitive: false,
    default: "info",
    description: "Lowest severity written to the log file: `debug`, `info`, `warn`, `error`."
  },
  {
    name: "maxBytes",
    type: "number",
    env: "GLASSBOX_FILE_MAX_BYTES",
    sensitive: false,
    default: 52428800,
    description: "Roll the log file over before a line would take it past this size."
  },
  {
    name: "rotateDaily",
    type: "boolean",
    env: "GLASSBOX_FILE_ROTATE_DAILY",
    sensitive: false,
    default: true,
    description: "Also roll it over when the UTC day changes."
  },
  {
    name: "maxFiles",
    type: "number",
    env: "GLASSBOX_FILE_MAX_FILES",
    sensitive: false,
    default: 20,
    description: "Rolled-over files kept; older ones are deleted."
  },
  {
    name: "maxAgeDays",
    type: "number",
    env: "GLASSBOX_FILE_MAX_AGE_DAYS",
    sensitive: false,
    default: 30,
    description: "Rolled-over files last written longer ago are deleted."
  },
  {
    name: "syncOnExport",
    type: "boolean",
    env: "GLASSBOX_FILE_SYNC_ON_EXPORT",
    sensitive: false,
    default: true,
    description: "fsync before `export` resolves; `false`: only on `forceFlush`, `shutdown` and roll-over."
  },
  {
    name: "dedupWindow",
    type: "number",
    sensitive: false,
    default: 1e4,
    description: "Recently written record ids remembered to skip duplicates on a retry."
  },
  {
    name: "name",
    type: "string",
    sensitive: false,
    default: "file",
    description: "Exporter name for checkpoints and `glassbox doctor`."
  }
];

// packages/exporter-file/src/file-exporter.ts
var import_pino2 = __toESM(require_pino(), 1);

// packages/exporter-file/src/recent-ids.ts
var RecentIds = class {
  #capacity;
  #ids = /* @__PURE__ */ new Set();
  constructor(capacity) {
    this.#capacity = capacity;
  }
  has(id) {
    return this.#ids.has(id);
  }
  add(id) {
    if (this.#capacity <= 0) return;
    this.#ids.delete(id);
    this.#ids.add(id);
    while (this.#ids.size > this.#capacity) this.#ids.delete(this.#ids.values().next().value);
  }
  get size() {
    return this.#ids.size;
  }
};

// packages/exporter-file/src/resolve-file-exporter-options.ts
import { homedir as homedir3 } from "node:os";
import { basename as basename3, join as join11, resolve as resolve5 } from "node:path";
var MIB = 1024 * 1024;
var LEVELS = ["debug", "info", "warn", "error"];
function resolveFileExporterOptions(options, env = process.env) {
  const dir = options.dir ?? nonEmpty2(env.GLASSBOX_FILE_DIR) ?? join11(homedir3(), ".glassbox", "logs");
  const resolved = {
    name: options.name ?? "file",
    dir: resolve5(expandHome2(dir)),
    fileName: options.fileName ?? "glassbox.jsonl",
    auditFileName: options.auditFileName ?? "audit.jsonl",
    spans: options.spans ?? boolean(env, "GLASSBOX_FILE_SPANS") ?? false,
    audit: options.audit ?? boolean(env, "GLASSBOX_FILE_AUDIT") ?? true,
    level: options.level ?? level(env) ?? "info",
    maxBytes: options.maxBytes ?? number(env, "GLASSBOX_FILE_MAX_BYTES") ?? 50 * MIB,
    maxFiles: options.maxFiles ?? number(env, "GLASSBOX_FILE_MAX_FILES") ?? 20,
    maxAgeDays: options.maxAgeDays ?? number(env, "GLASSBOX_FILE_MAX_AGE_DAYS") ?? 30,
    rotateDaily: options.rotateDaily ?? boolean(env, "GLASSBOX_FILE_ROTATE_DAILY") ?? true,
    syncOnExport: options.syncOnExport ?? boolean(env, "GLASSBOX_FILE_SYNC_ON_EXPORT") ?? true,
    dedupWindow: options.dedupWindow ?? 1e4,
    now: options.now ?? Date.now
  };
  validate(resolved);
  return resolved;
}
function validate(o) {
  if (typeof o.name !== "string" || o.name.trim() === "") throw invalid3("name must be a non-empty string");
  for (const [key, fileName] of [
    ["fileName", o.fileName],
    ["auditFileName", o.auditFileName]
  ]) {
    if (typeof fileName !== "string" || fileName === "" || basename3(fileName) !== fileName || fileName === "..") {
      throw invalid3(`${key} must be a plain file name, got ${JSON.stringify(fileName)}`);
    }
  }
  if (o.fileName === o.auditFileName) throw invalid3("fileName and auditFileName must differ");
  if (!LEVELS.includes(o.level))
    throw invalid3(`level must be one of ${LEVELS.join(", ")}, got ${JSON.stringify(o.level)}`);
  if (!(o.maxBytes >= 1)) throw invalid3(`maxBytes must be at least 1, got ${o.maxBytes}`);
  if (!(o.maxFiles >= 0)) throw invalid3(`maxFiles must be 0 or more, got ${o.maxFiles}`);
  if (!(o.maxAgeDays > 0)) throw invalid3(`maxAgeDays must be more than 0, got ${o.maxAgeDays}`);
  if (!Number.isInteger(o.dedupWindow) || o.dedupWindow < 0) {
    throw invalid3(`dedupWindow must be a non-negative integer, got ${o.dedupWindow}`);
  }
}
function expandHome2(path2) {
  return path2 === "~" || path2.startsWith("~/") ? join11(homedir3(), path2.slice(1)) : path2;
}
function nonEmpty2(value) {
  return value === void 0 || value.trim() === "" ? void 0 : value;
}
function boolean(env, key) {
  const value = nonEmpty2(env[key])?.trim().toLowerCase();
  if (value === void 0) return void 0;
  if (["1", "true", "yes", "on"].includes(value)) return true;
  if (["0", "false", "no", "off"].includes(value)) return false;
  throw invalid3(`${key} must be true or false, got ${JSON.stringify(env[key])}`);
}
function number(env, key) {
  const value = nonEmpty2(env[key]);
  if (value === void 0) return void 0;
  const parsed = Number(value);
  if (Number.isNaN(parsed)) throw invalid3(`${key} must be a number, got ${JSON.stringify(value)}`);
  return parsed;
}
function level(env) {
  const value = nonEmpty2(env.GLASSBOX_FILE_LEVEL)?.trim().toLowerCase();
  if (value === void 0) return void 0;
  if (LEVELS.includes(value)) return value;
  throw invalid3(`GLASSBOX_FILE_LEVEL must be one of ${LEVELS.join(", ")}, got ${JSON.stringify(value)}`);
}
function invalid3(message) {
  return new GlassboxError("INVALID_CONFIG", `file exporter: ${message}`);
}

// packages/exporter-file/src/rotating-file.ts
var import_pino = __toESM(require_pino(), 1);
import {
  closeSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync
} from "node:fs";
import { join as join12 } from "node:path";
var DAY_MS = 864e5;
var RotatingFile = class {
  path;
  #options;
  #stem;
  #extension;
  #fd = -1;
  #destination;
  #size = 0;
  #day = "";
  #error;
  #unsynced = false;
  constructor(options) {
    this.#options = options;
    this.path = join12(options.dir, options.fileName);
    const dot = options.fileName.lastIndexOf(".");
    this.#stem = dot > 0 ? options.fileName.slice(0, dot) : options.fileName;
    this.#extension = dot > 0 ? options.fileName.slice(dot) : "";
  }
  /** Opens (creating the directory and file when missing) and applies retention. Throws on failure. */
  open() {
    mkdirSync(this.#options.dir, { recursive: true, mode: 448 });
    const fd = openSync(this.path, "a+", 384);
    try {
      const stat9 = fstatSync(fd);
      this.#size = stat9.size;
      this.#day = utcDay2(stat9.size > 0 ? stat9.mtimeMs : this.#options.now());
      if (stat9.size > 0 && lastByte(fd, stat9.size) !== 10) {
        writeSync(fd, "\n");
        this.#size += 1;
      }
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    this.#fd = fd;
    const destination = import_pino.default.destination({ fd, sync: true, minLength: 0 });
    destination.on("error", (error) => {
      this.#error ??= error;
    });
    this.#destination = destination;
    this.#prune();
  }
  get isOpen() {
    return this.#fd >= 0;
  }
  /** pino's stream interface. */
  write(line) {
    if (this.#error || !this.#destination) {
      this.#error ??= new Error(`${this.path} is not open`);
      return;
    }
    try {
      const bytes = Buffer.byteLength(line);
      if (this.#size > 0 && this.#shouldRoll(bytes)) this.#roll();
      this.#destination.write(line);
      this.#size += bytes;
      this.#unsynced = true;
    } catch (error) {
      this.#error ??= error instanceof Error ? error : new Error(String(error));
    }
  }
  /** The first error since the last call, if any; the file is unusable after one: close and reopen. */
  takeError() {
    const error = this.#error;
    this.#error = void 0;
    return error;
  }
  /** fsync: everything written so far is on disk when this returns. Throws on failure. */
  sync() {
    if (this.#fd < 0 || !this.#unsynced) return;
    fsyncSync(this.#fd);
    this.#unsynced = false;
  }
  /** Syncs and closes; never throws. Safe to call twice. */
  close() {
    if (this.#fd < 0) return;
    try {
      this.sync();
    } catch {
    }
    this.#closeDescriptor();
  }
  /** The last `maxBytes` of the file, starting at a line boundary; '' when missing. */
  readTail(maxBytes) {
    if (this.#fd < 0 || this.#size === 0) return "";
    const length = Math.min(maxBytes, this.#size);
    const buffer = Buffer.alloc(length);
    const fd = openSync(this.path, "r");
    try {
      readSync(fd, buffer, 0, length, this.#size - length);
    } finally {
      closeSync(fd);
    }
    const text3 = buffer.toString("utf8");
    return length < this.#size ? text3.slice(text3.indexOf("\n") + 1) : text3;
  }
  #shouldRoll(bytes) {
    if (this.#size + bytes > this.#options.maxBytes) return true;
    return this.#options.rotateDaily && utcDay2(this.#options.now()) !== this.#day;
  }
  #roll() {
    const day = this.#day;
    fsyncSync(this.#fd);
    this.#closeDescriptor();
    renameSync(this.path, join12(this.#options.dir, this.#rolledName(day)));
    this.open();
  }
  #closeDescriptor() {
    const fd = this.#fd;
    this.#fd = -1;
    this.#destination = void 0;
    this.#unsynced = false;
    try {
      closeSync(fd);
    } catch {
    }
  }
  #rolledName(day) {
    let highest = 0;
    for (const file of this.#rolledFiles()) if (file.day === day) highest = Math.max(highest, file.index);
    return `${this.#stem}.${day}.${highest + 1}${this.#extension}`;
  }
  #rolledFiles() {
    const pattern = new RegExp(
      `^${escapeRegExp(this.#stem)}\\.(\\d{4}-\\d{2}-\\d{2})\\.(\\d+)${escapeRegExp(this.#extension)}$`
    );
    const files = [];
    for (const name of readdirSync(this.#options.dir)) {
      const match = pattern.exec(name);
      if (match) files.push({ name, day: match[1], index: Number(match[2]) });
    }
    return files;
  }
  /** Best effort: a file we cannot delete now is retried at the next roll-over. */
  #prune() {
    const { maxFiles, maxAgeDays, now } = this.#options;
    if (maxFiles === Number.POSITIVE_INFINITY && maxAgeDays === Number.POSITIVE_INFINITY) return;
    try {
      const oldest = now() - maxAgeDays * DAY_MS;
      const files = this.#rolledFiles().sort(
        (a, b) => a.day === b.day ? b.index - a.index : a.day < b.day ? 1 : -1
      );
      files.forEach((file, position) => {
        const path2 = join12(this.#options.dir, file.name);
        try {
          if (position >= maxFiles || statSync(path2).mtimeMs < oldest) unlinkSync(path2);
        } catch {
        }
      });
    } catch {
    }
  }
};
function utcDay2(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function lastByte(fd, size) {
  const buffer = Buffer.alloc(1);
  readSync(fd, buffer, 0, 1, size - 1);
  return buffer[0];
}
function escapeRegExp(text3) {
  return text3.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// packages/exporter-file/src/to-file-record.ts
var SEED_FIELDS = ["sessionId", "toolName"];
var SEED_NUMBERS = ["latencyMs", "inputTokens", "outputTokens"];
var CORRELATION_FIELDS = ["promptId", "toolUseId", "model", "costUsd", "status", "error"];
var SHAPES = ["inputShape", "outputShape"];
var PROMOTED = /* @__PURE__ */ new Set([...SEED_FIELDS, ...SEED_NUMBERS, ...CORRELATION_FIELDS, ...SHAPES]);
function logToFileRecord(log) {
  const attributes = log.attributes;
  const body = log.body ?? {};
  const record = { timestamp: isoTime(log.timeMs), event: log.event };
  for (const key of SEED_FIELDS) record[key] = own(attributes, key);
  record.input = content(body, "input", own(attributes, "inputShape"));
  record.output = content(body, "output", own(attributes, "outputShape"));
  for (const key of SEED_NUMBERS) record[key] = own(attributes, key);
  record.traceId = log.traceId;
  record.spanId = log.spanId;
  for (const key of CORRELATION_FIELDS) record[key] = own(attributes, key);
  record.id = log.id;
  record.attributes = rest(attributes, PROMOTED);
  record.body = rest(body, /* @__PURE__ */ new Set(["input", "output"]));
  return record;
}
function spanToFileRecord(span) {
  const attributes = span.attributes;
  return {
    timestamp: isoTime(span.startTimeMs),
    event: "span",
    sessionId: own(attributes, "session.id") ?? own(attributes, "sessionId"),
    name: span.name,
    latencyMs: span.endTimeMs - span.startTimeMs,
    traceId: span.traceId,
    spanId: span.spanId,
    parentSpanId: span.parentSpanId,
    kind: span.kind,
    status: span.status.code,
    error: span.status.code === "error" ? span.status.message : void 0,
    endTimestamp: isoTime(span.endTimeMs),
    attributes: Object.keys(attributes).length > 0 ? attributes : void 0,
    events: span.events.length > 0 ? span.events.map((e) => ({ name: e.name, timestamp: isoTime(e.timeMs), attributes: e.attributes })) : void 0
  };
}
function isoTime(ms) {
  return Number.isFinite(ms) && Math.abs(ms) <= 864e13 ? new Date(ms).toISOString() : null;
}
function own(attributes, key) {
  return Object.hasOwn(attributes, key) ? attributes[key] : void 0;
}
function content(body, key, shape) {
  if (Object.hasOwn(body, key)) return body[key];
  return shape === void 0 ? void 0 : { shape };
}
function rest(source, skip) {
  let out;
  for (const key of Object.keys(source)) {
    if (skip.has(key)) continue;
    out ??= {};
    Object.defineProperty(out, key, {
      value: source[key],
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  return out;
}

// packages/exporter-file/src/file-exporter.ts
var SEED_TAIL_BYTES = 1024 * 1024;
var stringify2 = configure({ deterministic: false, circularValue: "[Circular]", bigint: true });
function createFileExporter(options = {}) {
  const settings = resolveFileExporterOptions(options);
  const recent = new RecentIds(settings.dedupWindow);
  let files;
  let seeded = false;
  let closed = false;
  const openFiles = () => {
    if (files) return files;
    const log = new RotatingFile({ ...settings, fileName: settings.fileName });
    log.open();
    const logger = (0, import_pino2.default)(
      {
        base: null,
        timestamp: false,
        level: settings.level,
        formatters: { level: (label) => ({ level: label.toUpperCase() }) }
      },
      log
    );
    files = { log, logger };
    if (!seeded) {
      seeded = true;
      seedRecentIds(recent, log.readTail(SEED_TAIL_BYTES), lineKey);
    }
    return files;
  };
  const openAudit = (open9) => {
    if (open9.audit) return open9.audit;
    const audit = new RotatingFile({
      ...settings,
      fileName: settings.auditFileName,
      maxBytes: Number.POSITIVE_INFINITY,
      rotateDaily: false,
      maxFiles: Number.POSITIVE_INFINITY,
      maxAgeDays: Number.POSITIVE_INFINITY
    });
    audit.open();
    open9.audit = audit;
    seedRecentIds(recent, audit.readTail(SEED_TAIL_BYTES), auditLineKey);
    return audit;
  };
  const closeFiles = () => {
    files?.log.close();
    files?.audit?.close();
    files = void 0;
  };
  return {
    specificationVersion,
    name: settings.name,
    async export(batch) {
      if (closed) return failed4(new GlassboxError("EXPORTER_SHUTDOWN", "file exporter is shut down"));
      try {
        const open9 = openFiles();
        const { logger, log } = open9;
        for (const record of batch.logs) {
          const key = `log:${record.id}`;
          if (!logger.isLevelEnabled(record.severity) || recent.has(key)) continue;
          logger[record.severity](logToFileRecord(record));
          throwIfFailed(log);
          recent.add(key);
        }
        if (settings.spans) {
          for (const span of batch.spans) {
            const key = `span:${span.traceId}:${span.spanId}`;
            const severity = span.status.code === "error" ? "error" : "info";
            if (!logger.isLevelEnabled(severity) || recent.has(key)) continue;
            logger[severity](spanToFileRecord(span));
            throwIfFailed(log);
            recent.add(key);
          }
        }
        if (settings.audit && batch.audit.length > 0) {
          const audit = openAudit(open9);
          for (const record of batch.audit) {
            const key = `audit:${record.id}`;
            if (recent.has(key)) continue;
            audit.write(`${stringify2(record) ?? "null"}
`);
            throwIfFailed(audit);
            recent.add(key);
          }
        }
        if (settings.syncOnExport) {
          log.sync();
          open9.audit?.sync();
        }
        return { code: "success" };
      } catch (error) {
        closeFiles();
        return failed4(GlassboxError.from(error, "EXPORT_FAILED"), isTransient(error));
      }
    },
    async forceFlush() {
      try {
        files?.log.sync();
        files?.audit?.sync();
      } catch {
      }
    },
    async shutdown() {
      closed = true;
      closeFiles();
    }
  };
}
function throwIfFailed(file) {
  const error = file.takeError();
  if (error) throw error;
}
function failed4(error, retryable = false) {
  return { code: "failed", error, retryable };
}
var TRANSIENT = /* @__PURE__ */ new Set(["ENOSPC", "EDQUOT", "EIO", "EAGAIN", "EBUSY", "EMFILE", "ENFILE", "EINTR"]);
function isTransient(error) {
  const code = error?.code;
  return typeof code === "string" && TRANSIENT.has(code);
}
function lineKey(line) {
  if (line.event === "span") return `span:${String(line.traceId)}:${String(line.spanId)}`;
  return typeof line.id === "string" ? `log:${line.id}` : void 0;
}
function auditLineKey(line) {
  return typeof line.id === "string" ? `audit:${line.id}` : void 0;
}
function seedRecentIds(recent, tail, keyOf) {
  for (const text3 of tail.split("\n")) {
    if (text3 === "") continue;
    try {
      const key = keyOf(JSON.parse(text3));
      if (key) recent.add(key);
    } catch {
    }
  }
}

// packages/agent/src/audit-trail.ts
import { join as join13 } from "node:path";
var AUDIT_EXPORTER = "audit";
var AUDIT_CHECKPOINT_SESSION = "_audit_checkpoints";
var checkpointListeners = /* @__PURE__ */ new Set();
function relayAuditCheckpoint(checkpoint) {
  for (const listener of checkpointListeners) listener(checkpoint);
}
function onAuditCheckpoint(listener) {
  checkpointListeners.add(listener);
  return () => checkpointListeners.delete(listener);
}
function auditDirectory(config, env = process.env) {
  const given = config.exporterOptions[AUDIT_EXPORTER]?.dir;
  if (typeof given === "string" && given) return given;
  return env.GLASSBOX_AUDIT_DIR || join13(config.dataDir, "audit");
}
function auditWitnessFile(config, env = process.env) {
  const given = config.exporterOptions[AUDIT_EXPORTER]?.witnessFile;
  if (typeof given === "string" && given) return given;
  return env.GLASSBOX_AUDIT_WITNESS || void 0;
}
var AuditTrail = class _AuditTrail {
  transcriptOptions;
  captureContent;
  userId;
  contentHash;
  constructor(init) {
    this.contentHash = init.contentHash;
    this.captureContent = init.captureContent;
    this.userId = init.userId;
    this.transcriptOptions = {
      contentHash: init.contentHash,
      ...init.captureContent ? { thinkingChars: AUDIT_REASONING_CHARS, hookReasons: true } : {}
    };
  }
  /** The trail for this configuration, or undefined when no exporter named `audit` runs. */
  static async create(config, exporterNames, userId) {
    if (!exporterNames.includes(AUDIT_EXPORTER)) return void 0;
    const mode = config.exporterOptions[AUDIT_EXPORTER]?.contentHash ?? process.env.GLASSBOX_AUDIT_CONTENT_HASH;
    const contentHash = mode === "sha256" ? createContentHasher("sha256") : createContentHasher("hmac", await loadOrCreateContentKey(auditDirectory(config)));
    return new _AuditTrail({ contentHash, captureContent: config.captureContent, userId });
  }
  /** The decisions of a trace not in `skip` (ids every exporter has). */
  decisions(trace, skip) {
    return traceToAuditDecisions(trace, {
      captureContent: this.captureContent,
      contentHash: this.contentHash,
      ...this.userId ? { userId: this.userId } : {},
      ...skip ? { skip } : {}
    });
  }
};
function auditCheckpointLog(checkpoint) {
  return {
    id: `audit-checkpoint:${checkpoint.size}:${checkpoint.rootHash}`,
    timeMs: checkpoint.timestampMs,
    severity: "info",
    event: "audit_checkpoint",
    attributes: {
      "glassbox.audit.origin": checkpoint.origin,
      "glassbox.audit.size": checkpoint.size,
      "glassbox.audit.root_hash": checkpoint.rootHash,
      "glassbox.audit.note": checkpoint.note
    }
  };
}

// packages/agent/src/agent-exporters.ts
var AGENT_BUNDLED_EXPORTERS = {
  "@glassbox/audit": src_exports,
  "@glassbox/exporter-console": src_exports2,
  "@glassbox/exporter-file": src_exports3
};
function agentExporterOptions(config, name) {
  const given = config.exporterOptions[name] ?? {};
  if (name === "console") return { name: "console", ...given };
  if (name === "file") return { name: "file", dir: config.fileDirectory, spans: true, ...given };
  if (name === AUDIT_EXPORTER) return { ...given, dir: auditDirectory(config) };
  return given;
}
async function loadAgentExporters(config, problems, options = {}) {
  const { targets, failures, warnings } = await loadExporters(config.exporters, {
    bundled: options.bundled ?? AGENT_BUNDLED_EXPORTERS,
    directories: [config.exporterDirectory],
    optionsFor: (name) => {
      const given = options.optionsFor ? options.optionsFor(name) : agentExporterOptions(config, name);
      return name === AUDIT_EXPORTER ? { ...given, onCheckpoint: relayAuditCheckpoint } : given;
    }
  });
  problems.push(...failures.map(describeLoadFailure), ...warnings);
  return targets;
}

// packages/agent/src/agent-http.ts
var JSON_HEADERS = { "content-type": "application/json", "cache-control": "no-store" };
var replySigners = /* @__PURE__ */ new WeakMap();
function signReplies(res, sign2) {
  replySigners.set(res, sign2);
}
function sendBare(res, status) {
  res.writeHead(status, { "cache-control": "no-store", "content-length": 0 });
  res.end();
}
function send(res, status, body) {
  const text3 = JSON.stringify(body);
  const sign2 = replySigners.get(res);
  res.writeHead(status, {
    ...JSON_HEADERS,
    "content-length": Buffer.byteLength(text3),
    ...sign2 ? { [CHANNEL_HEADER_SIG]: sign2(status, text3) } : {}
  });
  res.end(text3);
}
function listen(server, port, retryMs, onBusy, isStranger) {
  let asked = false;
  let wanted = port;
  const deadline = Date.now() + retryMs;
  return new Promise((resolve7, reject) => {
    const attempt = () => {
      const onError = (error) => {
        server.off("listening", onListening);
        if (error.code === "EADDRINUSE" && Date.now() < deadline) {
          const retry = () => void setTimeout(attempt, 200);
          const next = async () => {
            if (!asked && onBusy) asked = await onBusy();
            if (isStranger && await isStranger()) wanted = 0;
          };
          next().then(retry, retry);
          return;
        }
        reject(
          new GlassboxError(
            "AGENT_UNAVAILABLE",
            `cannot listen on 127.0.0.1:${port}: ${error.code ?? error.message}`,
            {
              cause: error
            }
          )
        );
      };
      const onListening = () => {
        server.off("error", onError);
        resolve7();
      };
      server.once("error", onError);
      server.once("listening", onListening);
      server.listen(wanted, "127.0.0.1");
    };
    attempt();
  });
}

// packages/agent/src/agent-lock.ts
import { readFileSync } from "node:fs";
import { open as open6, readFile as readFile8, rm as rm3, stat as stat5 } from "node:fs/promises";
import { join as join14 } from "node:path";
var LOCK_FILE = "agent.lock";
function isProcessAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== "EPERM") return false;
  }
  return !isZombie(pid);
}
function isZombie(pid) {
  try {
    const stat9 = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat9.slice(stat9.lastIndexOf(")") + 2, stat9.lastIndexOf(")") + 3);
    return state === "Z" || state === "X";
  } catch {
    return false;
  }
}
function isAgentProcess(pid) {
  if (pid === process.pid) return true;
  const argv = readCommandLine(pid);
  if (argv === void 0) return readCommandLine(process.pid) === void 0;
  return argv.some((arg) => AGENT_ENTRY_PATTERN.test(arg));
}
function readCommandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
  } catch {
    return void 0;
  }
}
async function readLock(dataDir) {
  try {
    const parsed = JSON.parse(await readFile8(join14(dataDir, LOCK_FILE), "utf8"));
    if (typeof parsed.pid !== "number" || typeof parsed.port !== "number") return void 0;
    return {
      pid: parsed.pid,
      port: parsed.port,
      startedAtMs: typeof parsed.startedAtMs === "number" ? parsed.startedAtMs : 0,
      version: typeof parsed.version === "string" ? parsed.version : "",
      configHash: typeof parsed.configHash === "string" ? parsed.configHash : ""
    };
  } catch {
    return void 0;
  }
}
async function acquireLock(dataDir, info, options = {}) {
  const path2 = join14(dataDir, LOCK_FILE);
  const now = options.now ?? Date.now;
  let tookOverStale = false;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle2 = await open6(path2, "wx", 384);
      try {
        await handle2.writeFile(JSON.stringify(info));
        await handle2.sync();
      } finally {
        await handle2.close();
      }
      return { acquired: true, path: path2, tookOverStale };
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    const holder2 = await readLock(dataDir);
    if (holder2 && isProcessAlive(holder2.pid) && (options.isAgent ?? isAgentProcess)(holder2.pid)) {
      const healthy = options.isHealthy ? await options.isHealthy(holder2).catch(() => false) : true;
      const age = now() - await lockMtime(path2);
      if (healthy || age < (options.unhealthyAfterMs ?? 3e4))
        return { acquired: false, path: path2, holder: holder2, verified: healthy };
    }
    await rm3(path2, { force: true });
    tookOverStale = true;
  }
  const holder = await readLock(dataDir);
  if (holder) return { acquired: false, path: path2, holder, verified: false };
  throw new Error(`could not acquire ${path2}`);
}
async function lockMtime(path2) {
  try {
    return (await stat5(path2)).mtimeMs;
  } catch {
    return 0;
  }
}
async function writeLock(dataDir, info) {
  await writeFileAtomic(join14(dataDir, LOCK_FILE), JSON.stringify(info));
}
async function releaseLock(dataDir, pid = process.pid) {
  const holder = await readLock(dataDir);
  if (holder && holder.pid !== pid) return;
  await rm3(join14(dataDir, LOCK_FILE), { force: true });
}

// packages/agent/src/agent-parts.ts
import { join as join23 } from "node:path";

// packages/agent/src/agent-status.ts
function agentHealth(config, version, port, uptimeMs, configHash) {
  return {
    name: "glassbox-agent",
    version,
    pid: process.pid,
    port,
    uptimeMs,
    configHash,
    // Not secret (paths and option values): the start script compares it without spawning `cksum`.
    configKey: config.configKey
  };
}
function droppedCounts({ spool, store, queue, counters }) {
  const out = {};
  const add = (reason, n) => {
    if (n > 0) out[reason] = (out[reason] ?? 0) + n;
  };
  add("spool_dropped_records", spool.droppedRecords);
  add("spool_corrupt_lines", counters.corruptLines);
  add("spool_write_failed", spool.failedWrites);
  add("spool_quarantined_segments", counters.quarantinedSegments);
  add("state_quarantined", store.quarantined);
  add("state_repaired", store.repaired);
  for (const [reason, n] of Object.entries(counters.ignored)) add(reason, n);
  for (const e of queue.status()) {
    add("export_rejected", e.rejectedItems);
  }
  return out;
}
function agentStatus(s) {
  const { config, spool, store, counters } = s;
  const sessions = [...s.sessions].map((p) => {
    const t = p.lastTrace;
    return {
      sessionId: p.sessionId,
      ended: p.state.ended,
      ...p.state.exitedMs !== void 0 ? { interrupted: true } : {},
      modAlive: p.state.modAlive,
      lastActivityMs: p.state.lastActivityMs,
      ...p.state.transcriptPath ? { transcriptPath: p.state.transcriptPath } : {},
      liveEvents: p.liveEvents,
      reconciles: p.reconciles,
      sampled: shouldSample(p.sessionId, config.samplingRate),
      ...t ? { costUsd: t.totals.costUsd } : {},
      ...t?.claudeCostUsd !== void 0 ? { claudeCostUsd: t.claudeCostUsd } : {},
      ...t?.costDriftUsd !== void 0 ? { costDriftUsd: t.costDriftUsd } : {}
    };
  });
  return {
    ...s.health,
    name: "glassbox-agent",
    dataDir: config.dataDir,
    config: {
      exporters: s.exporterNames,
      fileDirectory: config.fileDirectory,
      samplingRate: config.samplingRate,
      captureContent: config.captureContent,
      idleTimeoutMs: config.idleTimeoutMs,
      turnSummary: config.turnSummary
    },
    configProblems: s.problems,
    spool: {
      bytes: spool.bytes,
      segments: spool.segmentCount,
      appended: counters.appended,
      replayed: counters.replayed,
      corruptLines: counters.corruptLines,
      droppedSegments: spool.droppedSegments,
      droppedRecords: spool.droppedRecords,
      droppedBytes: spool.droppedBytes,
      limitBytes: spool.limitBytes,
      tornTails: counters.tornTails,
      quarantinedSegments: counters.quarantinedSegments,
      failedWrites: spool.failedWrites
    },
    requests: { ...counters.requests },
    exporters: s.queue.status(),
    ...s.exporterNames.includes(AUDIT_EXPORTER) ? { audit: auditStatus(config) } : {},
    ignored: {
      ...counters.ignored,
      ...spool.droppedRecords > 0 ? { spool_dropped_records: spool.droppedRecords } : {},
      ...store.quarantined > 0 ? { state_quarantined: store.quarantined } : {},
      ...store.repaired > 0 ? { state_repaired: store.repaired } : {}
    },
    sessions,
    modAliveSessions: sessions.filter((s2) => s2.modAlive).map((s2) => s2.sessionId),
    ...s.budgets?.length ? { budgets: s.budgets } : {},
    ...s.sessionBudget ? { sessionBudget: s.sessionBudget } : {}
  };
}
function auditStatus(config) {
  const witnessFile = auditWitnessFile(config);
  return { dir: auditDirectory(config), ...witnessFile ? { witnessFile } : {} };
}

// packages/agent/src/turn-summary.ts
var integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
function formatUsd(usd) {
  if (usd === 0) return "$0";
  if (usd < 0.01) return `$${usd.toFixed(4)}`;
  if (usd < 1) return `$${usd.toFixed(3)}`;
  return `$${usd.toFixed(2)}`;
}
function plural(n, one, many = `${one}s`) {
  return `${integer.format(n)} ${n === 1 ? one : many}`;
}
function findTurn(trace, promptId) {
  if (promptId) {
    for (let i = trace.turns.length - 1; i >= 0; i--)
      if (trace.turns[i].promptId === promptId) return trace.turns[i];
  }
  return trace.turns[trace.turns.length - 1];
}
function formatTurnSummary(totals, sessionTotals) {
  const parts = ["glassbox", plural(totals.llmCalls, "model call")];
  const cached = totals.cacheReadInputTokens + totals.cacheCreationInputTokens;
  parts.push(
    `${integer.format(totals.inputTokens)} in / ${integer.format(totals.outputTokens)} out tokens` + (cached > 0 ? ` (${integer.format(cached)} cached)` : "")
  );
  const cost = formatUsd(totals.costUsd) + (totals.unpricedCalls > 0 ? "+" : "");
  parts.push(sessionTotals ? `${cost} (session ${formatUsd(sessionTotals.costUsd)})` : cost);
  const tools = plural(totals.toolCalls, "tool call");
  parts.push(totals.toolFailures > 0 ? `${tools}, ${integer.format(totals.toolFailures)} failed` : tools);
  return parts.join(" \xB7 ");
}

// packages/agent/src/with-timeout.ts
function withTimeout2(work, ms) {
  return new Promise((resolve7) => {
    const timer = setTimeout(() => resolve7(void 0), ms);
    timer.unref();
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve7(value);
      },
      () => {
        clearTimeout(timer);
        resolve7(void 0);
      }
    );
  });
}

// packages/agent/src/answer.ts
var STOP_ANSWER_MS = 1500;
async function answerHook({ config, reconciler, budget }, p, input) {
  const event = input.hook_event_name;
  if (event === "UserPromptSubmit") {
    const reason = budget?.blockReason(p.sessionId);
    return { status: 200, body: reason ? { decision: "block", reason } : {} };
  }
  const summary = config.turnSummary && shouldSample(p.sessionId, config.samplingRate);
  if (event === "Stop" && (summary || budget?.active)) {
    reconciler.cancel(p);
    const built = await withTimeout2(reconciler.reconcileAtTurnEnd(p, input.prompt_id), STOP_ANSWER_MS);
    const trace = built?.trace;
    if (trace) budget?.note(p.sessionId, trace);
    const turn = trace && summary ? findTurn(trace, input.prompt_id) : void 0;
    const warning = trace ? budget?.warning(p.sessionId) : void 0;
    const line = turn ? [formatTurnSummary(turn.totals, trace?.totals), ...warning ? [warning] : []].join(" \xB7 ") : warning && `glassbox \xB7 ${warning}`;
    return { status: 200, body: line ? { systemMessage: line } : {} };
  }
  return { status: 200, body: {} };
}

// packages/agent/src/coerce-event-fields.ts
var STRING_FIELDS2 = [
  "agentId",
  "transcriptPath",
  "cwd",
  "promptId",
  "model",
  "trigger",
  "claudeVersion",
  "reason",
  "text",
  "errorText",
  "spawnedAgentId",
  "subagentType",
  "agentTranscriptPath",
  "error"
];
var NUMBER_FIELDS = [
  "endMs",
  "firstChunkMs",
  "durationMs",
  "inputBytes",
  "outputBytes",
  "costUsd",
  "contextTokens"
];
var USAGE_FIELDS = [
  "input_tokens",
  "output_tokens",
  "cache_read_input_tokens",
  "cache_creation_input_tokens"
];
var isFiniteNonNegative = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0;
function coerceEventFields(raw) {
  const event = { ...raw };
  let dropped = 0;
  const drop = (field) => {
    delete event[field];
    dropped++;
  };
  for (const field of STRING_FIELDS2) {
    const v = event[field];
    if (v !== void 0 && typeof v !== "string") drop(field);
  }
  for (const field of NUMBER_FIELDS) {
    const v = event[field];
    if (v !== void 0 && !isFiniteNonNegative(v)) drop(field);
  }
  if (event.stopReason !== void 0 && event.stopReason !== null && typeof event.stopReason !== "string")
    drop("stopReason");
  if (event.failed !== void 0 && typeof event.failed !== "boolean") drop("failed");
  if (event.usage !== void 0) {
    const u = event.usage;
    if (typeof u !== "object" || u === null || Array.isArray(u) || !USAGE_FIELDS.every((k) => isFiniteNonNegative(u[k])) || u.model !== void 0 && typeof u.model !== "string")
      drop("usage");
  }
  return { event, dropped };
}

// packages/agent/src/await-turn-end.ts
var TURN_ENDING_STOP_REASONS = /* @__PURE__ */ new Set([
  "end_turn",
  "max_tokens",
  "stop_sequence",
  "refusal",
  "pause_turn",
  "model_context_window_exceeded"
]);
var TURN_END_WAIT_MS = 400;
var POLL_MS = 20;
function turnHasEnded(turn) {
  let last;
  for (const child of turn.children)
    if (child.kind === "llm" && (!last || child.startMs >= last.startMs)) last = child;
  if (!last || !TURN_ENDING_STOP_REASONS.has(last.stopReason ?? "")) return false;
  return turn.children.every((c) => c.kind !== "tool" || c.toolStatus !== "running");
}
async function awaitTurnEnd(build, promptId, options = {}) {
  const now = options.now ?? Date.now;
  const deadline = now() + (options.maxWaitMs ?? TURN_END_WAIT_MS);
  for (; ; ) {
    const trace = await build();
    const turn = findTurn(trace, promptId);
    const ours = turn && (promptId === void 0 || turn.promptId === void 0 || turn.promptId === promptId);
    if (ours && turnHasEnded(turn) || now() >= deadline) return trace;
    await new Promise((resolve7) => setTimeout(resolve7, options.pollMs ?? POLL_MS));
  }
}

// packages/agent/src/reconcile.ts
var RECONCILE_HOOKS = /* @__PURE__ */ new Set([
  "Stop",
  "StopFailure",
  "SubagentStop",
  "PreCompact",
  "SessionEnd"
]);
var RECONCILE_EVENTS = /* @__PURE__ */ new Set([
  "turn.complete",
  "session.end",
  "session.compact",
  "subagent.stop",
  "turn.end"
]);
var MOD_RECONCILE_DELAY_MS = 250;
var Reconciler = class {
  constructor(options) {
    this.options = options;
  }
  options;
  timers = /* @__PURE__ */ new Map();
  /** Sessions the start's recovery has still to reconcile (`recover`), in order. */
  recovering = /* @__PURE__ */ new Map();
  /** One pending reconciliation per session: a sooner request moves it earlier, a later one joins it. */
  schedule(p, delayMs = 25) {
    const dueMs = this.options.now() + delayMs;
    const pending = this.timers.get(p.sessionId);
    if (pending) {
      if (pending.dueMs <= dueMs) return;
      clearTimeout(pending.timer);
    }
    const timer = setTimeout(() => {
      this.timers.delete(p.sessionId);
      void this.reconcileNow(p).catch(
        (error) => this.options.log(`reconcile ${p.sessionId} failed: ${String(error)}`)
      );
    }, delayMs);
    timer.unref();
    this.timers.set(p.sessionId, { timer, dueMs });
  }
  cancel(p) {
    const pending = this.timers.get(p.sessionId);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.timers.delete(p.sessionId);
  }
  /** Whether a reconciliation of the session is scheduled (a timer, or the start's recovery). */
  isPending(sessionId) {
    return this.timers.has(sessionId) || this.recovering.has(sessionId);
  }
  /**
   * The start's catch-up: reconciles and publishes the sessions one at a time, yielding to the event loop between
   * them, so that a just-started agent answers requests at once instead of after every replayed session's
   * transcript read, export and fsync'd state write (all at once, they filled the I/O thread pool that the spool's
   * fsync waits in). A session a request reconciles meanwhile is reconciled again here at no cost (nothing new).
   * Newest first: what a kill interrupted (an export not yet checkpointed) is in the latest sessions, and its
   * re-export must come at once, while the exporter still remembers the ids it wrote (the file exporter dedupes
   * within the last 1 MiB). Oldest first, restarts faster than the whole pass left it for many starts and it
   * went out twice (6-8 tool calls in the full fault run).
   */
  async recover(sessions) {
    const newestFirst = [...sessions].sort((a, b) => b.state.lastActivityMs - a.state.lastActivityMs);
    for (const p of newestFirst) this.recovering.set(p.sessionId, p);
    for (const p of this.recovering.values()) {
      await this.reconcileNow(p).catch(
        (error) => this.options.log(`reconcile ${p.sessionId} failed: ${String(error)}`)
      );
      this.recovering.delete(p.sessionId);
      await new Promise((resolve7) => setImmediate(resolve7));
    }
  }
  /** Drops every scheduled reconciliation (the agent is stopping: it reconciles them all itself). */
  cancelAll() {
    for (const t of this.timers.values()) clearTimeout(t.timer);
    this.timers.clear();
    this.recovering.clear();
  }
  /** Reconciles and publishes (trace file, metrics, exports, state); resolves when all of it is done. */
  async reconcileNow(p, options = {}) {
    const { trace, published } = await this.reconcileThenPublish(p, options);
    await published;
    return trace;
  }
  /**
   * Resolves with the trace as soon as it is built (the Stop hook answers from it), with `published` for the
   * rest. Publications of one session run in order, so an older trace never overwrites a newer one.
   */
  async reconcileThenPublish(p, options = {}) {
    p.inFlight++;
    let trace;
    try {
      await p.ready;
      trace = await p.reconcile(options);
    } catch (error) {
      p.inFlight--;
      throw error;
    }
    const published = p.publishing.then(() => this.options.publish(p, trace));
    p.publishing = published.catch(() => void 0).finally(() => {
      p.inFlight--;
    });
    return { trace, published };
  }
  /**
   * The Stop hook's reconciliation: waits (bounded) until the transcript holds the turn's last response, so the
   * summary and the published turn count the whole turn; intermediate builds are not published.
   */
  async reconcileAtTurnEnd(p, promptId) {
    await p.ready;
    await awaitTurnEnd(() => p.reconcile(), promptId);
    return this.reconcileThenPublish(p);
  }
};

// packages/agent/src/session-store.ts
import { mkdir as mkdir4, readdir as readdir3, readFile as readFile9, rm as rm4, stat as stat6 } from "node:fs/promises";
import { join as join15 } from "node:path";

// packages/agent/src/quarantine-file.ts
import { rename as rename4 } from "node:fs/promises";
import { basename as basename4, dirname as dirname4 } from "node:path";
async function quarantineFile(path2, nowMs = Date.now()) {
  const target = `${path2}.corrupt-${nowMs}`;
  try {
    await rename4(path2, target);
    await fsyncDir(dirname4(path2));
    return target;
  } catch {
    return void 0;
  }
}
function isQuarantined(name) {
  return /\.corrupt-\d+$/.test(basename4(name));
}

// packages/agent/src/session-store.ts
var SAFE_ID = /^[A-Za-z0-9._-]{1,200}$/;
function isSafeSessionId(id) {
  return SAFE_ID.test(id) && id !== "." && id !== "..";
}
var SessionStore = class {
  /** Built traces, one `<id>.json` per session (what `glassbox trace` reads). */
  dir;
  /** Per-session state and checkpoints, one `<id>.json` per session. */
  stateDir;
  constructor(dataDir) {
    this.dir = join15(dataDir, "sessions");
    this.stateDir = join15(dataDir, "state");
  }
  async init() {
    await mkdir4(this.dir, { recursive: true, mode: 448 });
    await mkdir4(this.stateDir, { recursive: true, mode: 448 });
  }
  tracePath(sessionId) {
    return join15(this.dir, `${sessionId}.json`);
  }
  statePath(sessionId) {
    return join15(this.stateDir, `${sessionId}.json`);
  }
  /** State files found unreadable and moved aside (`<id>.json.corrupt-<ms>`) by this process. */
  quarantined = 0;
  /** State files loaded with a field of the wrong type (or missing) replaced by its default. */
  repaired = 0;
  /**
   * A session's persisted state, undefined when there is none. A file that is not a JSON object of this session
   * is moved aside and counted (the session starts afresh from its transcript); a missing or mistyped field
   * takes its default and is counted, the rest is kept.
   */
  async loadState(sessionId) {
    if (!isSafeSessionId(sessionId)) return void 0;
    const path2 = this.statePath(sessionId);
    let text3;
    try {
      text3 = await readFile9(path2, "utf8");
    } catch {
      return void 0;
    }
    let raw;
    try {
      raw = JSON.parse(text3);
      if (typeof raw !== "object" || raw === null || Array.isArray(raw) || raw.sessionId !== sessionId)
        throw new Error("not this session's state");
    } catch {
      if (await quarantineFile(path2)) this.quarantined++;
      return void 0;
    }
    const fixes = { n: 0 };
    const state = {
      sessionId,
      ...typeof raw.transcriptPath === "string" ? { transcriptPath: raw.transcriptPath } : {},
      offsets: numberRecord(raw.offsets, fixes),
      ended: booleanField(raw.ended, fixes),
      ...typeof raw.exitedMs === "number" && Number.isFinite(raw.exitedMs) ? { exitedMs: raw.exitedMs } : {},
      lastActivityMs: finiteNumber(raw.lastActivityMs, fixes),
      delivered: deliveredField(raw.delivered, fixes),
      modAlive: booleanField(raw.modAlive, fixes),
      counted: stringArray(raw.counted, fixes),
      ...raw.exportPending === true ? { exportPending: true } : {}
    };
    if (raw.transcriptPath !== void 0 && typeof raw.transcriptPath !== "string") fixes.n++;
    if (fixes.n > 0) this.repaired++;
    return state;
  }
  /** A session's state as a first sight of it starts it. */
  static emptyState(sessionId, nowMs) {
    return {
      sessionId,
      offsets: {},
      ended: false,
      lastActivityMs: nowMs,
      delivered: {},
      modAlive: false,
      counted: []
    };
  }
  async saveState(state) {
    if (!isSafeSessionId(state.sessionId)) return;
    await writeFileAtomic(this.statePath(state.sessionId), JSON.stringify(state));
  }
  async saveTrace(sessionId, trace) {
    if (!isSafeSessionId(sessionId)) return;
    await writeFileAtomic(this.tracePath(sessionId), JSON.stringify(trace), { sync: false });
  }
  /** Sessions with a state file, and when each was last active. */
  async list() {
    const names = await readdir3(this.stateDir).catch(() => []);
    const out = [];
    for (const name of names) {
      if (!name.endsWith(".json") || isQuarantined(name)) continue;
      const sessionId = name.slice(0, -".json".length);
      const s = await stat6(join15(this.stateDir, name)).catch(() => void 0);
      if (s) out.push({ sessionId, mtimeMs: s.mtimeMs });
    }
    return out;
  }
  /** Deletes both files of sessions idle for longer than `maxAgeMs` (transcripts themselves go after 30 days). */
  async pruneOlderThan(maxAgeMs, nowMs) {
    let removed = 0;
    for (const { sessionId, mtimeMs } of await this.list()) {
      if (nowMs - mtimeMs <= maxAgeMs) continue;
      await rm4(this.statePath(sessionId), { force: true });
      await rm4(this.tracePath(sessionId), { force: true });
      removed++;
    }
    return removed;
  }
};
function numberRecord(v, fixes) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    fixes.n++;
    return {};
  }
  const out = {};
  for (const [k, n] of Object.entries(v)) {
    if (typeof n === "number" && Number.isFinite(n) && n >= 0) out[k] = n;
    else fixes.n++;
  }
  return out;
}
function finiteNumber(v, fixes) {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  fixes.n++;
  return 0;
}
function booleanField(v, fixes) {
  if (typeof v !== "boolean") fixes.n++;
  return v === true;
}
function stringArray(v, fixes) {
  if (!Array.isArray(v)) {
    fixes.n++;
    return [];
  }
  const out = v.filter((id) => typeof id === "string");
  if (out.length !== v.length) fixes.n++;
  return out;
}
function deliveredField(v, fixes) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    fixes.n++;
    return {};
  }
  const out = {};
  for (const [exporter, done] of Object.entries(v)) {
    if (typeof done !== "object" || done === null) {
      fixes.n++;
      continue;
    }
    const d = done;
    out[exporter] = { spans: stringArray(d.spans, fixes), logs: stringArray(d.logs, fixes) };
  }
  return out;
}

// packages/agent/src/strip-before-spool.ts
function hookForSpool(input, policy) {
  return policy.captureContent ? redactSecrets(input) : stripHookContent(input, policy.hashKey);
}
function modEventForSpool(event, policy) {
  return policy.captureContent ? redactSecrets(event) : stripEventContent(event, policy.hashKey);
}

// packages/agent/src/transcript-path.ts
import { existsSync, lstatSync } from "node:fs";
import { basename as basename5, isAbsolute as isAbsolute3, normalize as normalize2, sep as sep2 } from "node:path";
function isOwnTranscriptPath(path2, sessionId) {
  if (!isTranscriptPathShape(path2, sessionId)) return false;
  try {
    const st = lstatSync(path2);
    const uid = ownUid();
    return st.isFile() && (uid === void 0 || st.uid === uid);
  } catch {
    return false;
  }
}
function isTranscriptPathShape(path2, sessionId) {
  if (typeof path2 !== "string" || !isAbsolute3(path2) || path2.includes("\0")) return false;
  const clean3 = normalize2(path2);
  return clean3 === path2 && basename5(clean3) === `${sessionId}.jsonl` && clean3.split(sep2).slice(0, -1).includes("projects");
}
function isTranscriptToBe(path2, sessionId) {
  return isTranscriptPathShape(path2, sessionId) && !existsSync(path2);
}

// packages/agent/src/apply-events.ts
var EventApplier = class {
  constructor(options) {
    this.options = options;
  }
  options;
  /** What may be spooled of content, and the key for hashing the rest. */
  contentPolicy() {
    return { captureContent: this.options.captureContent, hashKey: this.options.hashKey() };
  }
  cleanModEvent(item) {
    return { seq: item.seq, event: modEventForSpool(item.event, this.contentPolicy()) };
  }
  hookEvents(input, receivedAt) {
    return hookInputToCaptureEvents(input, receivedAt, this.contentPolicy());
  }
  applyHook(input, receivedAt, replaying) {
    const { sessions, reconciler, counters } = this.options;
    let toBe;
    if (input.transcript_path !== void 0 && !isOwnTranscriptPath(input.transcript_path, input.session_id)) {
      if (isTranscriptToBe(input.transcript_path, input.session_id)) toBe = input.transcript_path;
      else if (!replaying) counters.count("transcript_path_refused");
      input = { ...input, transcript_path: void 0 };
    }
    const p = sessions.pipelineFor(input.session_id);
    if (toBe) p.transcriptToBe ??= toBe;
    if (input.transcript_path && !p.state.transcriptPath) p.state.transcriptPath = input.transcript_path;
    if (input.cwd && !p.cwd) p.cwd = input.cwd;
    for (const event of this.hookEvents(input, receivedAt)) {
      if (event.sessionId === p.sessionId) p.addEvent(event, receivedAt);
    }
    if (!replaying && RECONCILE_HOOKS.has(input.hook_event_name)) reconciler.schedule(p);
    return p;
  }
  applyMod(stored, receivedAt, replaying) {
    const { sessions, reconciler, counters } = this.options;
    if (stored.heartbeat) {
      const p = sessions.pipelineFor(stored.heartbeat.sessionId);
      p.state.modAlive = true;
      p.state.lastActivityMs = Math.max(p.state.lastActivityMs, receivedAt);
    }
    const touched = /* @__PURE__ */ new Set();
    for (let { event } of stored.events) {
      if (event.transcriptPath !== void 0 && !isOwnTranscriptPath(event.transcriptPath, event.sessionId)) {
        if (!replaying) counters.count("transcript_path_refused");
        event = { ...event, transcriptPath: void 0 };
      }
      const p = sessions.pipelineFor(event.sessionId);
      if (event.cwd && !p.cwd) p.cwd = event.cwd;
      p.addEvent(event, receivedAt);
      if (RECONCILE_EVENTS.has(event.type)) touched.add(p);
    }
    if (!replaying) for (const p of touched) reconciler.schedule(p, MOD_RECONCILE_DELAY_MS);
  }
  /** Applies the spool's records at the start; the sessions they name come back with their persisted state. */
  async replay(records) {
    const { sessions, store, counters } = this.options;
    const named = /* @__PURE__ */ new Set();
    for (const r of records) for (const s of r.s) if (isSafeSessionId(s)) named.add(s);
    for (const sessionId of named) {
      const state = await store.loadState(sessionId);
      sessions.restore(sessionId, state);
    }
    for (const r of records) {
      try {
        if (r.ch === "hook") {
          const parsed = parseHookInput(r.body);
          if (parsed.ok && isSafeSessionId(parsed.input.session_id)) this.applyHook(parsed.input, r.t, true);
        } else {
          const body = r.body;
          const events = (Array.isArray(body.events) ? body.events : []).filter(
            (e) => e && typeof e.seq === "number" && e.event && typeof e.event.sessionId === "string" && isSafeSessionId(e.event.sessionId)
          ).map((e) => ({
            seq: e.seq,
            event: coerceEventFields(e.event).event
          }));
          for (const e of events)
            sessions.pipelineFor(e.event.sessionId).acceptModSeq(String(body.instanceId), e.seq);
          const hb = body.heartbeat;
          const heartbeat = hb && typeof hb.sessionId === "string" && isSafeSessionId(hb.sessionId) ? hb : void 0;
          this.applyMod({ heartbeat, events }, r.t, true);
        }
        counters.replayed++;
      } catch {
        counters.count("replay_error");
      }
    }
  }
};

// packages/agent/src/budget-guard.ts
import { readFile as readFile10 } from "node:fs/promises";
import { join as join16 } from "node:path";

// packages/agent/src/budget-messages.ts
var NAMES = { session: "session", day: "daily", month: "monthly" };
function spentOf(s) {
  const where = s.period === "session" ? "this session" : s.period === "day" ? "today (UTC)" : "this month (UTC)";
  return `${formatUsd(s.spentUsd)} of ${formatUsd(s.limitUsd)} ${where}`;
}
function budgetWarning(standings, enforce) {
  const parts = standings.filter((s) => s.state !== "ok").map(
    (s) => s.state === "reached" ? `${NAMES[s.period]} budget reached: ${spentOf(s)}${enforce ? ", the next prompt will be stopped" : ""}` : `${NAMES[s.period]} budget ${Math.floor(s.percent)}% used: ${spentOf(s)}`
  );
  return parts.length > 0 ? `\u26A0 ${parts.join(" \xB7 ")}` : void 0;
}
function budgetBlockReason(standings, plugin) {
  const s = standings.find((x) => x.state === "reached");
  if (!s) return void 0;
  const until = s.period === "session" ? "start a new session" : s.period === "day" ? "wait for the next UTC day" : "wait for the next UTC month";
  return `Glassbox stopped this prompt: the ${NAMES[s.period]} budget is used up (${spentOf(s)}). To go on, raise ${BUDGET_SETTING_NAMES[s.period]} or set budgetEnforce to false in the ${plugin} plugin's options (/config, or pluginConfigs in ~/.claude/settings.json), or ${until}.`;
}

// packages/agent/src/debounced-task.ts
var DebouncedTask = class {
  constructor(delayMs, task) {
    this.delayMs = delayMs;
    this.task = task;
  }
  delayMs;
  task;
  timer;
  schedule() {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = void 0;
      this.task();
    }, this.delayMs);
    this.timer.unref();
  }
  /** Drops the pending run (the caller runs the task now). */
  cancel() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = void 0;
  }
};

// packages/agent/src/budget-guard.ts
var SAVE_DELAY_MS = 250;
var BudgetGuard = class {
  constructor(options) {
    this.options = options;
    this.path = join16(options.home, BUDGET_FILE);
  }
  options;
  ledger = new SpendLedger();
  saveLater = new DebouncedTask(SAVE_DELAY_MS, () => void this.save());
  writes = Promise.resolve();
  path;
  /** Whether any limit is set. */
  get active() {
    return hasBudget(this.options.settings);
  }
  /** Whether a reached limit stops a new prompt. */
  get enforce() {
    return this.active && this.options.settings?.enforce === true;
  }
  /** Reads the ledger (an unreadable file starts an empty one: sessions rebuilt refill it) and records the settings. */
  async load() {
    try {
      const saved = JSON.parse(await readFile10(this.path, "utf8"));
      this.ledger = SpendLedger.fromJSON(saved.sessions);
    } catch (error) {
      if (error.code !== "ENOENT") this.options.count("budget_file_unreadable");
    }
    this.ledger.prune(firstDayKept(this.options.now()));
    this.saveSoon();
  }
  /** A session's trace was built: its spend replaces what the ledger had for it. */
  note(sessionId, trace) {
    if (this.ledger.set(sessionId, spendByDay(trace))) this.saveSoon();
  }
  /** Where each budget stands now (the session's only with `sessionId`). */
  standings(sessionId) {
    return budgetStandings(
      this.active ? this.options.settings : void 0,
      this.ledger,
      this.options.now(),
      sessionId
    );
  }
  /** The session budget against the last session to spend and today's largest (`/status`); none set: undefined. */
  sessionStanding() {
    const settings = this.active ? this.options.settings : void 0;
    if (!settings?.sessionUsd) return void 0;
    const today = utcDay(this.options.now());
    return sessionBudgetStanding(this.ledger, settings.sessionUsd, settings.warnPercent, today);
  }
  /** The turn summary's budget part, when a budget is past its warning threshold. */
  warning(sessionId) {
    return this.active ? budgetWarning(this.standings(sessionId), this.enforce) : void 0;
  }
  /** Why a new prompt of the session is stopped, when budgets are enforced and one is reached. */
  blockReason(sessionId) {
    return this.enforce ? budgetBlockReason(this.standings(sessionId), this.options.plugin) : void 0;
  }
  /**
   * The day and month budgets as gauges (`glassbox.budget.limit_usd`, `.warn_usd`, `.spent_usd` by `period`), so
   * alert rules compare the spend with the limits the user set.
   */
  metrics() {
    const standings = this.standings();
    if (standings.length === 0) return [];
    const timeMs = this.options.now();
    const warnShare = (this.options.settings?.warnPercent ?? 100) / 100;
    const gauge = (name, description, value) => ({
      kind: "gauge",
      name,
      description,
      unit: "USD",
      points: standings.map((s) => ({
        attributes: { ...this.options.attributes, period: s.period },
        timeMs,
        value: value(s)
      }))
    });
    return [
      gauge(
        "glassbox.budget.limit_usd",
        "The budget limit set, by period (UTC day, UTC month)",
        (s) => s.limitUsd
      ),
      gauge(
        "glassbox.budget.warn_usd",
        "Spend from which the turn summary warns",
        (s) => s.limitUsd * warnShare
      ),
      gauge(
        "glassbox.budget.spent_usd",
        "Spend in the current UTC day or month, as budgets count it",
        (s) => s.spentUsd
      )
    ];
  }
  saveSoon() {
    this.saveLater.schedule();
  }
  /** Writes `budget.json` (atomically; one write at a time). */
  save() {
    this.saveLater.cancel();
    const run = this.writes.then(() => {
      this.ledger.prune(firstDayKept(this.options.now()));
      const file = {
        version: 1,
        updatedMs: this.options.now(),
        plugin: this.options.plugin,
        settings: this.active ? this.options.settings : null,
        sessions: this.ledger.toJSON()
      };
      return writeFileAtomic(this.path, `${JSON.stringify(file)}
`);
    });
    this.writes = run.catch(() => this.options.count("budget_write_error"));
    return this.writes;
  }
};

// packages/agent/src/default-pricing.ts
function defaultPricing() {
  return { pricer: (model, usage) => priceUsage(model, usage), sumCosts };
}

// packages/agent/src/duplicate-hooks.ts
var DuplicateHooks = class {
  constructor(windowMs = 5e3, maxEntries = 1e4) {
    this.windowMs = windowMs;
    this.maxEntries = maxEntries;
  }
  windowMs;
  maxEntries;
  seen = /* @__PURE__ */ new Map();
  /** True when the same body came within the window; remembers it otherwise. */
  isRepeat(body, nowMs) {
    const at = this.seen.get(body);
    if (at !== void 0 && nowMs - at < this.windowMs) return true;
    if (this.seen.size >= this.maxEntries) this.prune(nowMs);
    this.seen.set(body, nowMs);
    return false;
  }
  /** Forgets `body` (its request failed: a retry must be served). */
  forget(body) {
    this.seen.delete(body);
  }
  /** Forgets expired bodies; the oldest half when all are recent (bounded memory). */
  prune(nowMs) {
    for (const [body, at] of this.seen) if (nowMs - at >= this.windowMs) this.seen.delete(body);
    if (this.seen.size < this.maxEntries) return;
    let drop = Math.ceil(this.maxEntries / 2);
    for (const body of this.seen.keys()) {
      if (drop-- <= 0) break;
      this.seen.delete(body);
    }
  }
};

// packages/agent/src/duplicate-mod-events.ts
var DuplicateModEvents = class {
  constructor(windowMs = 3e4, maxEntries = 5e4) {
    this.windowMs = windowMs;
    this.maxEntries = maxEntries;
  }
  windowMs;
  maxEntries;
  /** Natural key → when it was taken and whether that copy carried content. */
  seen = /* @__PURE__ */ new Map();
  /**
   * True when a copy of `event` was taken within the window (and this one adds no content); remembers it
   * otherwise and returns false. `forget(keyOf(event))` undoes that when the batch could not be stored.
   */
  isRepeat(event, nowMs) {
    const key = naturalKey(event);
    if (key === void 0) return false;
    const content2 = carriesContent(event);
    const at = this.seen.get(key);
    if (at !== void 0 && nowMs - at.atMs < this.windowMs && (at.content || !content2)) return true;
    if (this.seen.size >= this.maxEntries) this.prune(nowMs);
    this.seen.set(key, { atMs: nowMs, content: content2 });
    return false;
  }
  /** Forgets `events` (their batch was not stored: another copy must be taken). */
  forget(events) {
    for (const event of events) {
      const key = naturalKey(event);
      if (key !== void 0) this.seen.delete(key);
    }
  }
  /** Forgets expired keys; the oldest half when all are recent (bounded memory). */
  prune(nowMs) {
    for (const [key, at] of this.seen) if (nowMs - at.atMs >= this.windowMs) this.seen.delete(key);
    if (this.seen.size < this.maxEntries) return;
    let drop = Math.ceil(this.maxEntries / 2);
    for (const key of this.seen.keys()) {
      if (drop-- <= 0) break;
      this.seen.delete(key);
    }
  }
};
function naturalKey(event) {
  const at = `${event.sessionId}\0${event.agentId ?? ""}\0${event.type}\0`;
  switch (event.type) {
    case "tool.start":
    case "tool.end":
      return `${at}${event.toolUseId}`;
    case "turn.start":
      return `${at}${event.turnId}`;
    case "turn.step":
      return `${at}${event.turnId}\0${event.index}`;
    case "turn.complete":
      return event.turnId ? `${at}${event.turnId}` : void 0;
    case "agent.spawn":
      return event.toolUseId ? `${at}${event.toolUseId}` : void 0;
    case "prompt.submit":
      return event.promptId ? `${at}${event.promptId}` : void 0;
    default:
      return void 0;
  }
}
function carriesContent(event) {
  switch (event.type) {
    case "tool.start":
      return event.input !== void 0;
    case "tool.end":
      return event.output !== void 0 || event.errorText !== void 0;
    case "prompt.submit":
      return event.text !== void 0;
    default:
      return false;
  }
}

// packages/agent/src/export-checkpoints.ts
import { mkdir as mkdir5, readdir as readdir4, rm as rm5, writeFile as writeFile3 } from "node:fs/promises";
import { join as join17 } from "node:path";
var MAX_RESUMED_SESSIONS = 1e3;
var ExportCheckpoints = class {
  constructor(options) {
    this.options = options;
    this.pendingDir = join17(options.dataDir, "export-pending");
  }
  options;
  /** Sessions whose queued items were evicted (see `ExportQueue.maxPendingItems`) since they were loaded. */
  evicted = /* @__PURE__ */ new Set();
  pendingDir;
  /** Whether some of the session's queued items were evicted (they go out after the next start). */
  wasEvicted(sessionId) {
    return this.evicted.has(sessionId);
  }
  /** `ExportQueue.onEvicted`: the session's evicted items wait for the next start. */
  evict(sessionId, n) {
    this.options.count("export_evicted", n);
    this.evicted.add(sessionId);
    void this.markExportPending(sessionId);
  }
  /** `ExportQueue.onDelivered`: records what `exporter` took, before the queue moves on. */
  async checkpoint(sessionId, exporter, spanIds, logIds) {
    const { sessions, store } = this.options;
    const p = sessions.get(sessionId);
    if (p) {
      if (p.markDelivered(exporter, spanIds, logIds)) await this.options.saveStateNow(p);
      sessions.retireIfDone(p);
      return;
    }
    const state = await store.loadState(sessionId);
    if (!state) return;
    const done = state.delivered[exporter] ??= { spans: [], logs: [] };
    const spans = new Set(done.spans);
    const logs = new Set(done.logs);
    for (const id of spanIds) if (!spans.has(id)) done.spans.push(id);
    for (const id of logIds) if (!logs.has(id)) done.logs.push(id);
    const rest2 = this.options.exportPending(sessionId) || this.evicted.has(sessionId);
    if (!rest2) delete state.exportPending;
    await store.saveState(state);
    if (!rest2) await this.clearExportPending(sessionId);
  }
  /**
   * Marks a session whose telemetry is not all delivered and that leaves memory (or lost its queued items): a
   * marker file the next start lists (no need to read every state file) and the flag in its state.
   */
  async markExportPending(sessionId) {
    const { sessions, store } = this.options;
    try {
      await mkdir5(this.pendingDir, { recursive: true, mode: 448 });
      await writeFile3(this.markerPath(sessionId), "", { mode: 384 });
      const p = sessions.get(sessionId);
      if (p) p.state.exportPending = true;
      else {
        const state = await store.loadState(sessionId);
        if (state && !state.exportPending) await store.saveState({ ...state, exportPending: true });
      }
    } catch {
      this.options.count("export_pending_write_error");
    }
  }
  /** Removes the session's marker (its telemetry is all delivered); a failure leaves a harmless extra load. */
  async clearExportPending(sessionId) {
    await rm5(this.markerPath(sessionId), { force: true }).catch(() => void 0);
  }
  /**
   * Sessions an earlier run left with telemetry not delivered (an exporter was down): reconciled again from their
   * transcripts, so what the checkpoints lack goes out now. Bounded: the most recent first.
   */
  async resumePendingExports() {
    const { sessions, store } = this.options;
    const names = await readdir4(this.pendingDir).catch(() => []);
    let loaded = 0;
    for (const sessionId of names) {
      if (loaded >= MAX_RESUMED_SESSIONS) break;
      if (!isSafeSessionId(sessionId) || sessions.has(sessionId)) continue;
      try {
        const state = await store.loadState(sessionId);
        if (!state) {
          await rm5(this.markerPath(sessionId), { force: true });
          continue;
        }
        sessions.restore(sessionId, state);
        loaded++;
      } catch {
        this.options.count("resume_error");
      }
    }
  }
  markerPath(sessionId) {
    return join17(this.pendingDir, sessionId);
  }
};

// packages/agent/src/export-queue.ts
import { createHash as createHash8 } from "node:crypto";

// packages/agent/src/target-state.ts
function newPending(state, sessionId) {
  const p = { spans: /* @__PURE__ */ new Map(), logs: /* @__PURE__ */ new Map(), audit: /* @__PURE__ */ new Map() };
  state.pending.set(sessionId, p);
  return p;
}
function pick(state, max) {
  const spans = [];
  const logs = [];
  const audit = [];
  const bySession = /* @__PURE__ */ new Map();
  const full = () => spans.length + logs.length + audit.length >= max;
  for (const [sessionId, p] of state.pending) {
    const entry = { spanIds: [], logIds: [] };
    for (const [id, span] of p.spans) {
      if (full()) break;
      spans.push(span);
      entry.spanIds.push(id);
    }
    for (const [id, log] of p.logs) {
      if (full()) break;
      logs.push(log);
      entry.logIds.push(id);
    }
    for (const [id, decision] of p.audit) {
      if (full()) break;
      audit.push(decision);
      entry.logIds.push(id);
    }
    if (entry.spanIds.length + entry.logIds.length > 0) bySession.set(sessionId, entry);
    if (full()) break;
  }
  return { spans, logs, audit, count: spans.length + logs.length + audit.length, bySession };
}
function sizeOf(p) {
  return p ? p.spans.size + p.logs.size + p.audit.size : 0;
}

// packages/agent/src/export-queue.ts
var DEFAULT_EXPORT_MAX_PENDING = 1e5;
var ExportQueue = class {
  states;
  options;
  now;
  stopped = false;
  constructor(options) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.states = options.targets.map((target) => ({
      target,
      pending: /* @__PURE__ */ new Map(),
      pendingItems: 0,
      evictedItems: 0,
      metricsDirty: false,
      running: void 0,
      retryTimer: void 0,
      nextRetryMs: void 0,
      consecutiveFailures: 0,
      exportedSpans: 0,
      exportedLogs: 0,
      exportedBatches: 0,
      failedBatches: 0,
      rejectedItems: 0
    }));
  }
  get targetNames() {
    return this.states.map((s) => s.target.name);
  }
  /**
   * Offers a session's completed spans, logs and audit decisions. `delivered` is the session's checkpoint: ids an
   * exporter already has are skipped. New metric contributions mark metrics for sending.
   */
  offer(sessionId, spans, logs, delivered, metricsChanged, audit = []) {
    for (const state of this.states) {
      const done = delivered[state.target.name];
      const doneSpans = asSet(done?.spans);
      const doneLogs = asSet(done?.logs);
      let p = state.pending.get(sessionId);
      for (const span of spans) {
        if (doneSpans.has(span.spanId)) continue;
        p ??= newPending(state, sessionId);
        if (!p.spans.has(span.spanId)) state.pendingItems++;
        p.spans.set(span.spanId, span);
      }
      for (const log of logs) {
        if (doneLogs.has(log.id)) continue;
        p ??= newPending(state, sessionId);
        if (!p.logs.has(log.id)) state.pendingItems++;
        p.logs.set(log.id, log);
      }
      for (const decision of audit) {
        if (doneLogs.has(decision.id)) continue;
        p ??= newPending(state, sessionId);
        if (!p.audit.has(decision.id)) state.pendingItems++;
        p.audit.set(decision.id, decision);
      }
      if (metricsChanged) state.metricsDirty = true;
      this.bound(state, sessionId);
    }
    this.kick();
  }
  /** Evicts the sessions that waited longest until at most `maxPendingItems` wait (the newest one stays). */
  bound(state, newest) {
    const max = this.options.maxPendingItems ?? DEFAULT_EXPORT_MAX_PENDING;
    if (state.pendingItems <= max) return;
    for (const [sessionId, p] of state.pending) {
      if (state.pendingItems <= max) break;
      if (sessionId === newest && state.pending.size > 1) continue;
      const n = p.spans.size + p.logs.size + p.audit.size;
      state.pending.delete(sessionId);
      state.pendingItems -= n;
      state.evictedItems += n;
      this.options.onEvicted?.(sessionId, state.target.name, n);
    }
  }
  /** Sends the current metrics to every exporter with its next batch (a metrics-only one if nothing waits). */
  markMetricsChanged() {
    for (const state of this.states) state.metricsDirty = true;
    this.kick();
  }
  /** Starts a drain for every exporter that has work and is not waiting for a retry. */
  kick() {
    if (this.stopped) return;
    for (const state of this.states) if (!state.retryTimer) this.start(state);
  }
  /** Whether anything waits for `sessionId` (or for any session). */
  hasPending(sessionId) {
    return this.states.some(
      (s) => sessionId === void 0 ? s.pending.size > 0 || s.metricsDirty : sizeOf(s.pending.get(sessionId)) > 0
    );
  }
  /**
   * Whether every exporter with items waiting is failing (in backoff): nothing would leave soon, so waiting for
   * it must not keep the agent up; what waits is marked for the next start.
   */
  stalled() {
    return this.states.every((s) => s.pending.size === 0 && !s.metricsDirty || s.consecutiveFailures > 0);
  }
  /** Drains everything now (ignoring backoff) until done or `deadlineMs` passes. For shutdown. */
  async flush(deadlineMs) {
    while (this.now() < deadlineMs && this.hasPending()) {
      for (const state of this.states) {
        if (state.retryTimer) {
          clearTimeout(state.retryTimer);
          state.retryTimer = void 0;
        }
        this.start(state);
      }
      const running = this.states.map((s) => s.running).filter((r) => r !== void 0);
      if (running.length === 0) break;
      await Promise.race([Promise.all(running), sleep(Math.max(0, deadlineMs - this.now()))]);
      if (this.hasPending()) await sleep(Math.min(200, Math.max(0, deadlineMs - this.now())));
    }
  }
  status() {
    return this.states.map((s) => {
      let pendingSpans = 0;
      let pendingLogs = 0;
      for (const p of s.pending.values()) {
        pendingSpans += p.spans.size;
        pendingLogs += p.logs.size;
      }
      return {
        name: s.target.name,
        pendingSpans,
        pendingLogs,
        exportedSpans: s.exportedSpans,
        exportedLogs: s.exportedLogs,
        exportedBatches: s.exportedBatches,
        failedBatches: s.failedBatches,
        rejectedItems: s.rejectedItems,
        evictedItems: s.evictedItems,
        ...s.lastSuccessMs !== void 0 ? { lastSuccessMs: s.lastSuccessMs } : {},
        ...s.lastErrorMs !== void 0 ? { lastErrorMs: s.lastErrorMs } : {},
        ...s.lastError !== void 0 ? { lastError: s.lastError } : {},
        ...s.nextRetryMs !== void 0 ? { nextRetryMs: s.nextRetryMs } : {}
      };
    });
  }
  /** Stops retries; exporters are shut down by their owner. */
  stop() {
    this.stopped = true;
    for (const s of this.states) if (s.retryTimer) clearTimeout(s.retryTimer);
  }
  start(state) {
    if (state.running || state.pending.size === 0 && !state.metricsDirty) return;
    state.running = this.drain(state).finally(() => {
      state.running = void 0;
    });
  }
  async drain(state) {
    for (; ; ) {
      const picked = pick(state, this.options.maxBatchItems ?? 500);
      if (picked.count === 0 && !state.metricsDirty) return;
      const metrics = state.metricsDirty ? this.options.collectMetrics() : [];
      const ids = [
        ...picked.spans.map((s) => s.spanId),
        ...picked.logs.map((l) => l.id),
        ...picked.audit.map((d) => d.id)
      ];
      const batch = {
        id: batchIdOf(ids, this.now()),
        resource: this.options.resource,
        spans: picked.spans,
        logs: picked.logs,
        metrics,
        audit: picked.audit
      };
      const [outcome] = await exportAll([state.target.exporter], batch, {
        timeoutMs: this.options.timeoutMs ?? 3e4
      });
      const result = outcome?.result ?? { code: "failed", retryable: true };
      if (result.code === "success") {
        state.consecutiveFailures = 0;
        state.nextRetryMs = void 0;
        state.lastSuccessMs = this.now();
        state.exportedBatches++;
        state.exportedSpans += picked.spans.length;
        state.exportedLogs += picked.logs.length;
        if (metrics.length > 0 || state.metricsDirty) state.metricsDirty = false;
        await this.settle(state, picked, true);
        await yieldToEventLoop();
        continue;
      }
      state.failedBatches++;
      state.lastErrorMs = this.now();
      state.lastError = "error" in result ? `${result.error.code}: ${result.error.message}` : "failed";
      if ("retryable" in result && result.retryable === false) {
        state.rejectedItems += picked.count;
        state.metricsDirty = false;
        await this.settle(state, picked, false);
        await yieldToEventLoop();
        continue;
      }
      this.scheduleRetry(state);
      return;
    }
  }
  /** Removes delivered (or given up) items from pending; persists the checkpoint for delivered ones. */
  async settle(state, picked, delivered) {
    for (const [sessionId, { spanIds, logIds }] of picked.bySession) {
      const p = state.pending.get(sessionId);
      if (p) {
        for (const id of spanIds) if (p.spans.delete(id)) state.pendingItems--;
        for (const id of logIds) if (p.logs.delete(id) || p.audit.delete(id)) state.pendingItems--;
        if (sizeOf(p) === 0) state.pending.delete(sessionId);
      }
      if (delivered)
        await this.options.onDelivered(sessionId, state.target.name, spanIds, logIds).catch(() => void 0);
    }
  }
  scheduleRetry(state) {
    state.consecutiveFailures++;
    const base = this.options.initialBackoffMs ?? 1e3;
    const delay = Math.min(this.options.maxBackoffMs ?? 6e4, base * 2 ** (state.consecutiveFailures - 1));
    state.nextRetryMs = this.now() + delay;
    state.retryTimer = setTimeout(() => {
      state.retryTimer = void 0;
      this.start(state);
    }, delay);
    state.retryTimer.unref();
  }
};
function batchIdOf(ids, nowMs) {
  const basis = ids.length > 0 ? [...ids].sort().join(",") : `metrics:${nowMs}`;
  return createHash8("sha256").update(basis).digest("hex").slice(0, 32);
}
function yieldToEventLoop() {
  return new Promise((resolve7) => setImmediate(resolve7));
}
function sleep(ms) {
  return new Promise((resolve7) => setTimeout(resolve7, ms).unref());
}
function asSet(ids) {
  if (ids === void 0) return /* @__PURE__ */ new Set();
  return ids instanceof Set ? ids : new Set(ids);
}

// packages/agent/src/idle-exit.ts
import { stat as stat7 } from "node:fs/promises";
import { join as join18 } from "node:path";
var AGENT_SEEN_FILE = "agent.seen";
async function seenAtMs(home) {
  return stat7(join18(home, AGENT_SEEN_FILE)).then(
    (s) => s.mtimeMs,
    () => 0
  );
}
async function claimIdleExit(home, endpoint, sinceMs) {
  if (await seenAtMs(home) > sinceMs) return false;
  await removeAgentEndpoint(home, endpoint.pid);
  if (await seenAtMs(home) <= sinceMs) return true;
  await writeAgentEndpoint(home, endpoint);
  return false;
}

// packages/agent/src/parse-mod-batch.ts
var EVENT_TYPES = /* @__PURE__ */ new Set([
  "session.start",
  "session.end",
  "prompt.submit",
  "turn.start",
  "turn.step",
  "turn.complete",
  "tool.start",
  "tool.end",
  "agent.spawn",
  "subagent.stop",
  "session.compact",
  "session.measure",
  "turn.end"
]);
var TOOL_STATUSES = /* @__PURE__ */ new Set(["ok", "error", "denied", "interrupted"]);
var isRecord2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isString = (v) => typeof v === "string";
var isFiniteNumber = (v) => typeof v === "number" && Number.isFinite(v);
function parseModBatch(json) {
  if (!isRecord2(json)) return { ok: false, reason: "body is not a JSON object" };
  if (json.v !== MOD_PROTOCOL_VERSION)
    return { ok: false, reason: `unsupported protocol version ${String(json.v)}` };
  if (!isString(json.instanceId) || json.instanceId === "" || json.instanceId.length > 200)
    return { ok: false, reason: "instanceId must be a non-empty string" };
  if (!Array.isArray(json.events)) return { ok: false, reason: "events must be an array" };
  let heartbeat;
  if (json.heartbeat !== void 0) {
    const h = json.heartbeat;
    if (!isRecord2(h) || !isString(h.sessionId))
      return { ok: false, reason: "heartbeat.sessionId must be a string" };
    if (h.sessionId !== "" && isSafeSessionId(h.sessionId)) {
      heartbeat = {
        sessionId: h.sessionId,
        ...isString(h.claudeVersion) ? { claudeVersion: h.claudeVersion } : {},
        captureContent: h.captureContent === true,
        llmTiming: h.llmTiming === true
      };
    }
  }
  const events = [];
  const rejected = {};
  for (const raw of json.events) {
    const reason = invalidReason(raw);
    if (reason) {
      rejected[reason] = (rejected[reason] ?? 0) + 1;
      continue;
    }
    const { seq, ...fields } = raw;
    const { event, dropped } = coerceEventFields(fields);
    if (dropped > 0) rejected.coerced_field = (rejected.coerced_field ?? 0) + dropped;
    events.push({ seq, event: { ...event, source: "mod" } });
  }
  return {
    ok: true,
    batch: {
      instanceId: json.instanceId,
      modVersion: isString(json.modVersion) ? json.modVersion : "unknown",
      ...heartbeat ? { heartbeat } : {},
      droppedEvents: isFiniteNumber(json.droppedEvents) && json.droppedEvents > 0 ? json.droppedEvents : 0,
      events,
      rejected
    }
  };
}
function invalidReason(raw) {
  if (!isRecord2(raw)) return "invalid_event";
  if (!isString(raw.type) || !EVENT_TYPES.has(raw.type)) return "unknown_event";
  if (!isString(raw.sessionId) || !isSafeSessionId(raw.sessionId)) return "invalid_event";
  if (!isFiniteNumber(raw.atMs) || !Number.isInteger(raw.seq)) return "invalid_event";
  if (raw.agentId !== void 0 && !isString(raw.agentId)) return "invalid_event";
  switch (raw.type) {
    case "tool.start":
      return isString(raw.toolUseId) && isString(raw.toolName) ? void 0 : "invalid_event";
    case "tool.end":
      return isString(raw.toolUseId) && isString(raw.toolName) && TOOL_STATUSES.has(String(raw.status)) ? void 0 : "invalid_event";
    case "turn.start":
      return isString(raw.turnId) ? void 0 : "invalid_event";
    case "turn.step":
      return isString(raw.turnId) && isFiniteNumber(raw.index) && isFiniteNumber(raw.startMs) ? void 0 : "invalid_event";
    case "prompt.submit":
      return isFiniteNumber(raw.textLength) ? void 0 : "invalid_event";
    case "session.measure":
      return raw.costUsd === void 0 || isFiniteNumber(raw.costUsd) ? void 0 : "invalid_event";
    default:
      return void 0;
  }
}

// packages/agent/src/ingest.ts
var Ingest = class {
  constructor(options) {
    this.options = options;
  }
  options;
  /** `POST /v1/mod`. */
  async mod(text3, receivedAt) {
    const { counters, sessions, applier } = this.options;
    const body = this.parseJson(text3);
    if (!body.ok) return body.reply;
    const parsed = parseModBatch(body.json);
    if (!parsed.ok) {
      counters.count("invalid_mod_batch");
      return { status: 400, body: { error: parsed.reason } };
    }
    const batch = { ...parsed.batch, events: parsed.batch.events.map((e) => applier.cleanModEvent(e)) };
    for (const [reason, n] of Object.entries(batch.rejected)) counters.count(reason, n);
    if (batch.droppedEvents > 0) counters.count("mod_buffer_full", batch.droppedEvents);
    const accepted = [];
    for (const item of batch.events) {
      const p = sessions.pipelineFor(item.event.sessionId);
      if (!p.acceptModSeq(batch.instanceId, item.seq)) counters.count("duplicate_event");
      else if (this.options.duplicateModEvents.isRepeat(item.event, receivedAt))
        counters.count("duplicate_mod_event");
      else accepted.push(item);
    }
    if (accepted.length === 0 && !batch.heartbeat) {
      return { status: 200, body: { accepted: 0 } };
    }
    const named = [
      .../* @__PURE__ */ new Set([
        ...accepted.map((a) => a.event.sessionId),
        ...batch.heartbeat ? [batch.heartbeat.sessionId] : []
      ])
    ];
    const stored = {
      instanceId: batch.instanceId,
      modVersion: batch.modVersion,
      heartbeat: batch.heartbeat,
      events: accepted
    };
    try {
      await this.options.spool.append("mod", named, stored, receivedAt);
      counters.appended++;
    } catch (error) {
      for (const item of accepted)
        sessions.pipelineFor(item.event.sessionId).forgetModSeq(batch.instanceId, item.seq);
      this.options.duplicateModEvents.forget(accepted.map((a) => a.event));
      counters.count("spool_io");
      this.options.log(`spool write failed: ${String(error)}`);
      return { status: 503, body: { error: "spool unavailable" } };
    }
    applier.applyMod(stored, receivedAt, false);
    return { status: 200, body: { accepted: accepted.length } };
  }
  /** `POST /v1/hooks`. */
  async hook(text3, receivedAt) {
    const { counters, applier, duplicateHooks } = this.options;
    const body = this.parseJson(text3);
    if (!body.ok) return body.reply;
    const parsed = parseHookInput(body.json);
    if (!parsed.ok || !isSafeSessionId(parsed.input.session_id)) {
      counters.count("invalid_hook_input");
      return { status: 400, body: { error: parsed.ok ? "unusable session_id" : parsed.reason } };
    }
    if (duplicateHooks.isRepeat(text3, receivedAt)) {
      counters.count("duplicate_hook");
      return { status: 200, body: {} };
    }
    const input = hookForSpool(parsed.input, applier.contentPolicy());
    if (parsed.coerced > 0) counters.count("coerced_field", parsed.coerced);
    const events = applier.hookEvents(input, receivedAt);
    const trigger = RECONCILE_HOOKS.has(input.hook_event_name);
    if (events.length === 0 && !trigger) {
      counters.count("ignored_hook_event");
      return { status: 200, body: {} };
    }
    try {
      await this.options.spool.append("hook", [input.session_id], input, receivedAt);
      counters.appended++;
    } catch (error) {
      duplicateHooks.forget(text3);
      counters.count("spool_io");
      this.options.log(`spool write failed: ${String(error)}`);
      return { status: 503, body: {} };
    }
    const p = applier.applyHook(input, receivedAt, false);
    return this.options.answer(p, input);
  }
  parseJson(text3) {
    try {
      return { ok: true, json: JSON.parse(text3) };
    } catch {
      this.options.counters.count("malformed_json");
      return { ok: false, reply: { status: 400, body: { error: "malformed JSON" } } };
    }
  }
};

// packages/agent/src/liveness-watch.ts
var LivenessWatch = class {
  constructor(options) {
    this.options = options;
  }
  options;
  checking = false;
  /** Ends, as interrupted, every open session whose Claude Code process is gone; exports it at once. */
  async check() {
    const { liveness, sessions, reconciler, states, log } = this.options;
    if (this.checking || this.options.stopping()) return;
    this.checking = true;
    try {
      const open9 = [...sessions.values()].filter((p) => !p.state.ended);
      const gone = await liveness.gone(
        open9.map((p) => ({ sessionId: p.sessionId, transcriptPath: p.state.transcriptPath }))
      );
      for (const sessionId of gone) {
        const p = sessions.get(sessionId);
        if (!p?.processExited(this.options.now())) continue;
        log(`session ${sessionId}: Claude Code exited without ending it; marked interrupted`);
        reconciler.cancel(p);
        await reconciler.reconcileNow(p, { final: true });
        await states.saveNow(p);
      }
    } catch (error) {
      log(`liveness check failed: ${String(error)}`);
    } finally {
      this.checking = false;
    }
  }
};

// packages/agent/src/metrics-journal.ts
import { readFile as readFile11 } from "node:fs/promises";
import { join as join19 } from "node:path";
var LEGACY_RECORDED_MS = 30 * 24 * 60 * 6e4;
var METRICS_SAVE_DELAY_MS = 1e3;
var MetricsJournal = class {
  constructor(options) {
    this.options = options;
    this.path = join19(options.dataDir, "metrics.json");
  }
  options;
  registry = new MetricsRegistry();
  /** When `recorded` ids of an older `metrics.json` were first loaded (see `LEGACY_RECORDED_MS`). */
  legacySinceMs;
  /** Sessions with counted span ids their state file may not list yet (written into `metrics.json`). */
  journaled = /* @__PURE__ */ new Set();
  writes = Promise.resolve();
  saveLater = new DebouncedTask(METRICS_SAVE_DELAY_MS, () => void this.save());
  path;
  /**
   * Restores the metric totals and finishes what a crash interrupted: span ids `metrics.json` still carries for
   * sessions (see `SessionPipeline.noteCounted`) go into their state files before anything reads those. A union:
   * doing it again after a crash here is harmless.
   */
  async load() {
    const { store, now: clock } = this.options;
    let saved;
    let text3;
    try {
      text3 = await readFile11(this.path, "utf8");
    } catch {
      return;
    }
    try {
      saved = JSON.parse(text3);
      this.registry = MetricsRegistry.fromJSON(saved);
    } catch {
      if (await quarantineFile(this.path, clock())) this.options.count("metrics_quarantined");
      this.registry = new MetricsRegistry();
      return;
    }
    const { recordedSinceMs, sessions } = saved;
    const now = clock();
    if (this.registry.recordedCount > 0) {
      this.legacySinceMs = typeof recordedSinceMs === "number" ? recordedSinceMs : now;
      if (now - this.legacySinceMs > LEGACY_RECORDED_MS) {
        this.registry = MetricsRegistry.fromJSON({ ...saved, recorded: [] });
        this.legacySinceMs = void 0;
      }
    }
    if (!sessions || typeof sessions !== "object") return;
    for (const [sessionId, ids] of Object.entries(sessions)) {
      if (!isSafeSessionId(sessionId) || !Array.isArray(ids)) continue;
      const state = await store.loadState(sessionId) ?? SessionStore.emptyState(sessionId, now);
      const have = new Set(state.counted);
      for (const id of ids) {
        if (typeof id !== "string" || have.has(id)) continue;
        have.add(id);
        state.counted.push(id);
      }
      await store.saveState(state);
    }
  }
  /**
   * Counts the spans and derived-signal log records of `p` not counted yet; whether the totals changed (then
   * `metrics.json` is written soon).
   */
  record(p, spans, attributes, logs = []) {
    const counted = [
      ...this.registry.recordSpans(spans, attributes, p.counted),
      ...this.registry.recordLogs(logs, attributes, p.counted)
    ];
    if (counted.length === 0) return false;
    p.noteCounted(counted);
    this.journaled.add(p);
    this.saveSoon();
    return true;
  }
  /** The state file of `p` lists every id it counted: `metrics.json` need not carry them any more. */
  release(p) {
    this.journaled.delete(p);
  }
  saveSoon() {
    this.saveLater.schedule();
  }
  /** Drops a pending delayed write (the caller writes now). */
  cancelSoon() {
    this.saveLater.cancel();
  }
  /**
   * Writes the totals with the counted ids of sessions whose state files may not list them yet (one atomic file,
   * so a crash keeps both or neither), then lets those ids go into the state files. Writes run one at a time.
   */
  save() {
    const run = this.writes.then(async () => {
      const sessions = {};
      const written = [];
      for (const p of this.journaled) {
        const { ids, upTo } = p.journalForMetrics();
        sessions[p.sessionId] = ids;
        written.push([p, upTo]);
      }
      const text3 = JSON.stringify({
        ...this.registry.toJSON(),
        ...this.legacySinceMs !== void 0 && this.registry.recordedCount > 0 ? { recordedSinceMs: this.legacySinceMs } : {},
        sessions
      });
      await writeFileAtomic(this.path, text3);
      for (const [p, upTo] of written) if (p.metricsWritten(upTo)) this.options.saveStateSoon(p);
    });
    this.writes = run.catch(() => {
      this.options.count("metrics_write_error");
      if (this.journaled.size > 0 && !this.options.stopping()) this.saveSoon();
    });
    return this.writes;
  }
};

// packages/agent/src/process-liveness.ts
import { readdir as readdir5, readFile as readFile12, stat as stat8 } from "node:fs/promises";
import { basename as basename6, dirname as dirname5, join as join20 } from "node:path";
var PID_FILE = /^(\d{1,10})\.json$/;
var MAX_FILE_BYTES2 = 64 * 1024;
function configDirOf(transcriptPath) {
  const projects = dirname5(dirname5(transcriptPath));
  return basename6(projects) === "projects" ? dirname5(projects) : void 0;
}
async function procStartOf(pid) {
  let text3;
  try {
    text3 = await readFile12(`/proc/${pid}/stat`, "utf8");
  } catch (error) {
    if (error.code !== "ENOENT") return null;
    return await stat8("/proc/self/stat").catch(() => void 0) ? void 0 : null;
  }
  return text3.slice(text3.lastIndexOf(")") + 2).split(" ")[19];
}
async function processState(proc) {
  const start = await procStartOf(proc.pid);
  if (start === void 0) return "gone";
  if (start !== null) return proc.procStart === void 0 || proc.procStart === start ? "alive" : "gone";
  try {
    process.kill(proc.pid, 0);
    return "alive";
  } catch (error) {
    return error.code === "ESRCH" ? "gone" : "unknown";
  }
}
var ProcessLiveness = class {
  claudeConfigDir;
  uid;
  known = /* @__PURE__ */ new Map();
  constructor(options) {
    this.claudeConfigDir = options.claudeConfigDir;
    this.uid = options.uid ?? process.getuid?.();
  }
  /** The ids of `sessions` whose process was found and is gone now; they are forgotten. */
  async gone(sessions) {
    const out = [];
    const listings = /* @__PURE__ */ new Map();
    const open9 = new Set(sessions.map((s) => s.sessionId));
    for (const id of this.known.keys()) if (!open9.has(id)) this.known.delete(id);
    for (const session of sessions) {
      let proc = this.known.get(session.sessionId);
      if (!proc) {
        const dir = (session.transcriptPath && configDirOf(session.transcriptPath)) ?? this.claudeConfigDir;
        let listing = listings.get(dir);
        if (!listing) {
          listing = this.list(dir);
          listings.set(dir, listing);
        }
        const candidates = (await listing).get(session.sessionId) ?? [];
        for (const candidate of candidates) {
          const state = await processState(candidate);
          if (state !== "gone" || !proc) proc = candidate;
          if (state !== "gone") break;
        }
        if (!proc) continue;
        this.known.set(session.sessionId, proc);
      }
      if (await processState(proc) === "gone") {
        this.known.delete(session.sessionId);
        out.push(session.sessionId);
      }
    }
    return out;
  }
  /** Session id → the processes Claude Code's session files name for it. */
  async list(configDir) {
    const out = /* @__PURE__ */ new Map();
    const dir = join20(configDir, "sessions");
    const names = await readdir5(dir).catch(() => []);
    for (const name of names) {
      const pid = Number(PID_FILE.exec(name)?.[1]);
      if (!Number.isSafeInteger(pid) || pid <= 1) continue;
      const parsed = await this.readSessionFile(join20(dir, name));
      if (!parsed || parsed.pid !== pid) continue;
      const list = out.get(parsed.sessionId) ?? [];
      list.push(parsed.procStart === void 0 ? { pid } : { pid, procStart: parsed.procStart });
      out.set(parsed.sessionId, list);
    }
    return out;
  }
  async readSessionFile(path2) {
    try {
      const info = await stat8(path2);
      if (!info.isFile() || info.size > MAX_FILE_BYTES2) return void 0;
      if (this.uid !== void 0 && info.uid !== this.uid) return void 0;
      const json = JSON.parse(await readFile12(path2, "utf8"));
      const { pid, sessionId, procStart } = json;
      if (typeof pid !== "number" || typeof sessionId !== "string") return void 0;
      return typeof procStart === "string" && /^\d{1,20}$/.test(procStart) ? { pid, sessionId, procStart } : { pid, sessionId };
    } catch {
      return void 0;
    }
  }
};

// packages/agent/src/session-attribution.ts
import { basename as basename7 } from "node:path";
var SessionAttribution = class {
  constructor(options) {
    this.options = options;
  }
  options;
  resolved = /* @__PURE__ */ new WeakMap();
  /** The attributes of the session `key` stands for (kept while `key` lives). */
  of(key, cwd) {
    const known = this.resolved.get(key);
    if (known && known.cwd === cwd) return known.attributes;
    const attributes = this.resolve(cwd);
    this.resolved.set(key, { cwd, attributes });
    return attributes;
  }
  async resolve(cwd) {
    const git = typeof cwd === "string" && cwd ? await readGitInfo(cwd) : void 0;
    return {
      ...attributionAttributes({ user: this.options.userId, team: this.options.team, git }),
      ...typeof cwd === "string" && cwd ? { project: basename7(cwd) } : {}
    };
  }
};

// packages/agent/src/publish.ts
var Publisher = class {
  constructor(options) {
    this.options = options;
    this.attribution = new SessionAttribution(options.config);
  }
  options;
  /** The last trace written and mapped per session: an unchanged rebuild is not published again. */
  published = /* @__PURE__ */ new WeakMap();
  /** Who and where each session runs (user, team, git), resolved once per session. */
  attribution;
  async publish(p, trace) {
    const { config, store, metrics, queue, count: count2 } = this.options;
    if (this.published.get(p) === trace) return;
    this.published.set(p, trace);
    this.options.budget?.note(p.sessionId, trace);
    const attributes = await this.attribution.of(p, p.cwd);
    await store.saveTrace(p.sessionId, { ...trace, attribution: attributes }).catch(() => count2("trace_write_error"));
    const audit = this.options.audit()?.decisions(trace, p.skip) ?? [];
    if (shouldSample(p.sessionId, config.samplingRate)) {
      const { spans, logs } = traceToTelemetry(trace, {
        captureContent: config.captureContent,
        resource: attributes,
        ...p.mappedOnce ? { skip: p.skip } : {}
      });
      p.mappedOnce = true;
      const metricsChanged = metrics.record(p, spans, attributes, logs);
      queue.offer(p.sessionId, spans, logs, p.deliveredView(), metricsChanged, audit);
    } else {
      if (audit.length > 0) queue.offer(p.sessionId, [], [], p.deliveredView(), false, audit);
      if (!p.sampledOutCounted) {
        p.sampledOutCounted = true;
        count2("sampled_out_session");
      }
    }
    this.options.saveStateSoon(p);
  }
};
function resourceAttributes(version) {
  return {
    "service.name": "claude-code",
    "telemetry.sdk.name": "glassbox",
    "glassbox.agent.version": version
  };
}

// packages/agent/src/self-metrics.ts
function selfMetrics(dropped, startMs, nowMs) {
  const points = Object.entries(dropped).filter(([, n]) => n > 0).map(([reason, value]) => ({ attributes: { reason }, startTimeMs: startMs, timeMs: nowMs, value }));
  if (points.length === 0) return [];
  return [
    {
      kind: "sum",
      name: "glassbox.agent.dropped",
      description: "Items the Glassbox agent dropped, set aside or refused since it started, by reason",
      unit: "{item}",
      temporality: "cumulative",
      monotonic: true,
      points
    }
  ];
}

// packages/agent/src/session-pipeline.ts
import { readdir as readdir6 } from "node:fs/promises";
import { join as join21 } from "node:path";
var MAX_SEEN_SEQS = 1e5;
var SessionPipeline = class {
  sessionId;
  state;
  tracker;
  claudeConfigDir;
  transcriptOptions;
  now;
  seen = /* @__PURE__ */ new Set();
  chain = Promise.resolve();
  /** Offsets read by this process (the tracker is in memory: a restart reads again from 0). */
  offsets = /* @__PURE__ */ new Map();
  lastTrace;
  /** Working directory of the session (from hooks or the mod), for the `project` attribute. */
  cwd;
  /** Resolves once persisted state (checkpoints of an earlier run) has been merged in. */
  ready = Promise.resolve();
  sampledOutCounted = false;
  /** The last publication of a built trace (the agent chains them). */
  publishing = Promise.resolve();
  malformedLines = 0;
  liveEvents = 0;
  /** A transcript path a hook named before Claude Code created the file (see `readTranscripts`). */
  transcriptToBe;
  reconciles = 0;
  /** When the last reconciliation started (epoch ms); creation counts, so the sweep leaves a new turn to its end. */
  lastReconcileMs;
  /** A live event arrived since the last reconciliation. */
  dirty = true;
  /**
   * Ids (spans and logs) every exporter has checkpointed: `traceToTelemetry`'s grow-only `skip`, so delivered
   * records are not built again and fully delivered turns are not even walked.
   */
  skip = /* @__PURE__ */ new Set();
  /** The checkpoint as sets, per exporter (the state keeps arrays, for its JSON). */
  deliveredSets = /* @__PURE__ */ new Map();
  exporters;
  /** The agent has mapped a trace of this session to telemetry once (without `skip`) in this process. */
  mappedOnce = false;
  /**
   * Span ids this session contributed to the metrics (the registry keeps none: they leave memory with the
   * session). `state.counted` holds only those a written `metrics.json` has the totals of.
   */
  counted;
  /** Counted ids the state file on disk may not list yet, oldest first: `metrics.json` carries them meanwhile. */
  journal = [];
  /** Ids dropped from the front of `journal` so far: the positions below count from the first id ever. */
  journalBase = 0;
  /** Position up to which a written `metrics.json` holds the journal (and `state.counted` has those ids). */
  journalInMetrics = 0;
  /** Reconciliations and publications started and not finished (the session is not retired meanwhile). */
  inFlight = 0;
  /** The last state write (the agent chains them, so an older state never lands after a newer one). */
  stateWrites = Promise.resolve();
  /** Whether `lastTrace` was built as final. */
  lastBuiltFinal = false;
  constructor(options) {
    this.sessionId = options.sessionId;
    this.claudeConfigDir = options.claudeConfigDir;
    this.transcriptOptions = options.transcriptOptions ?? {};
    this.now = options.now ?? Date.now;
    this.lastReconcileMs = this.now();
    this.tracker = new SessionTracker({
      sessionId: options.sessionId,
      ...options.pricing ? { pricing: options.pricing } : {}
    });
    this.state = options.state ?? SessionStore.emptyState(options.sessionId, this.now());
    this.counted = new Set(this.state.counted);
    if (this.state.exitedMs !== void 0) this.tracker.processExited(this.state.exitedMs);
    this.exporters = options.exporters ?? [];
    for (const [exporter, done] of Object.entries(this.state.delivered))
      this.markDelivered(exporter, done.spans, done.logs);
  }
  /** The checkpoint as sets per exporter, for the export queue (kept in step with `state.delivered`). */
  deliveredView() {
    return Object.fromEntries(this.deliveredSets);
  }
  /** Records that `exporter` durably delivered these ids; true when any was new. */
  markDelivered(exporter, spanIds, logIds) {
    const mine = this.state.delivered[exporter] ??= { spans: [], logs: [] };
    let sets = this.deliveredSets.get(exporter);
    if (!sets) {
      sets = { spans: new Set(mine.spans), logs: new Set(mine.logs) };
      this.deliveredSets.set(exporter, sets);
    }
    let added = false;
    for (const id of spanIds) {
      if (sets.spans.has(id)) continue;
      sets.spans.add(id);
      mine.spans.push(id);
      added = true;
    }
    for (const id of logIds) {
      if (sets.logs.has(id)) continue;
      sets.logs.add(id);
      mine.logs.push(id);
      added = true;
    }
    this.updateSkip(spanIds, "spans");
    this.updateSkip(logIds, "logs");
    return added;
  }
  updateSkip(ids, kind) {
    if (this.exporters.length === 0) return;
    for (const id of ids) {
      if (this.skip.has(id)) continue;
      if (this.exporters.every((name) => this.deliveredSets.get(name)?.[kind].has(id))) this.skip.add(id);
    }
  }
  get transcriptPath() {
    return this.state.transcriptPath;
  }
  /** True the first time a mod event (`instanceId`, `seq`) is seen. */
  acceptModSeq(instanceId, seq) {
    const key = `${instanceId}:${seq}`;
    if (this.seen.has(key)) return false;
    if (this.seen.size >= MAX_SEEN_SEQS) this.seen.clear();
    this.seen.add(key);
    return true;
  }
  /** Undoes `acceptModSeq` when the batch could not be stored: its resend must be accepted. */
  forgetModSeq(instanceId, seq) {
    this.seen.delete(`${instanceId}:${seq}`);
  }
  /**
   * Notes span ids just counted in the metrics. Persisting them takes two writes, in this order: `metrics.json`
   * (the totals with these ids beside them: one atomic file), then the state file (then they leave
   * `metrics.json`). A crash before the first loses the count and the ids together (the session is mapped whole
   * again); after it, the start merges the ids `metrics.json` still carries into the state files. The state
   * never lists an id whose totals are not written, so a span is neither counted twice nor lost.
   */
  noteCounted(ids) {
    for (const id of ids) this.journal.push(id);
  }
  /** Whether some counted ids may be missing from the state file on disk. */
  get journalPending() {
    return this.journal.length > 0;
  }
  /** The ids to write into `metrics.json` now, and the position a completed write reaches (`metricsWritten`). */
  journalForMetrics() {
    return { ids: this.journal, upTo: this.journalBase + this.journal.length };
  }
  /** A `metrics.json` holding the journal up to `upTo` is on disk: those ids may go into the state. */
  metricsWritten(upTo) {
    if (upTo <= this.journalInMetrics) return false;
    for (let i = this.journalInMetrics; i < upTo; i++)
      this.state.counted.push(this.journal[i - this.journalBase]);
    this.journalInMetrics = upTo;
    return true;
  }
  /** The position a state write that starts now covers (its `state.counted`). */
  journalForState() {
    return this.journalInMetrics;
  }
  /** A state file listing the journal up to `upTo` is on disk: those ids leave the journal. */
  stateWritten(upTo) {
    const drop = upTo - this.journalBase;
    if (drop <= 0) return;
    this.journal.splice(0, drop);
    this.journalBase = upTo;
  }
  /** Merges what an earlier run persisted (a resumed session, or one retired from memory). */
  adoptPersisted(persisted) {
    for (const [exporter, done] of Object.entries(persisted.delivered))
      this.markDelivered(exporter, done.spans, done.logs);
    for (const id of persisted.counted) {
      if (this.counted.has(id)) continue;
      this.counted.add(id);
      this.state.counted.push(id);
    }
    if (!this.state.transcriptPath && persisted.transcriptPath)
      this.state.transcriptPath = persisted.transcriptPath;
    if (persisted.modAlive) this.state.modAlive = true;
  }
  /**
   * Claude Code's process is gone and never ended the session: it ends now, interrupted (see the tracker's
   * `processExited`). False when it had ended already.
   */
  processExited(atMs) {
    if (this.state.exitedMs !== void 0 || this.state.ended) return false;
    this.state.exitedMs = atMs;
    this.state.ended = true;
    this.dirty = true;
    this.tracker.processExited(atMs);
    return true;
  }
  addEvent(event, activityMs = this.now()) {
    this.tracker.addCaptureEvent(event);
    this.liveEvents++;
    this.dirty = true;
    this.state.lastActivityMs = Math.max(this.state.lastActivityMs, activityMs);
    if (event.transcriptPath && !this.state.transcriptPath) this.state.transcriptPath = event.transcriptPath;
    if (event.type === "session.end") this.state.ended = true;
    if (event.type === "session.start" || event.type === "prompt.submit") this.state.ended = false;
    if (event.source === "mod") this.state.modAlive = true;
  }
  /** Reads what the transcripts gained, folds it in, and builds the trace. Serialised per session. */
  reconcile(options = {}) {
    const run = this.chain.then(() => this.doReconcile(options.final === true));
    this.chain = run.catch(() => void 0);
    return run;
  }
  /**
   * Reads what the transcripts gained and folds it in, without building (`TranscriptCatchUp`, during a turn): the
   * turn end's reconciliation, which the Stop hook waits for, then reads only the turn's last lines. Serialised
   * with `reconcile`; resolves to whether anything was read.
   */
  catchUp() {
    const run = this.chain.then(async () => {
      const read = await this.readTranscripts({ search: false });
      if (read) this.dirty = true;
      return read;
    });
    this.chain = run.catch(() => void 0);
    return run;
  }
  /** Whether a transcript grew since it was last read (cheap: one `stat` per file). */
  async transcriptGrew() {
    const path2 = this.state.transcriptPath;
    if (!path2) return this.offsets.size === 0;
    const size = await transcriptSize(path2);
    if (size !== void 0 && size > (this.offsets.get(path2) ?? 0)) return true;
    for (const sub of await findSubagentTranscripts(path2)) {
      const s = await transcriptSize(sub);
      if (s !== void 0 && s > (this.offsets.get(sub) ?? 0)) return true;
    }
    return false;
  }
  async doReconcile(final) {
    const buildFinal = final || this.state.ended;
    if (this.lastTrace && !this.dirty && (this.lastBuiltFinal || !buildFinal) && !await this.transcriptGrew())
      return this.lastTrace;
    this.dirty = false;
    this.lastReconcileMs = this.now();
    await this.readTranscripts();
    this.reconciles++;
    const trace = this.tracker.build(buildFinal ? { final: true } : {});
    this.lastTrace = trace;
    this.lastBuiltFinal = buildFinal;
    return trace;
  }
  /**
   * The main and subagent transcripts' increments into the tracker; whether any was read. Without a path, the one a
   * hook named before the file existed once it does, else (`search`) the session's file under any project.
   */
  async readTranscripts({ search = true } = {}) {
    const toBe = this.transcriptToBe;
    if (!this.state.transcriptPath && toBe && isOwnTranscriptPath(toBe, this.sessionId))
      this.state.transcriptPath = toBe;
    if (!this.state.transcriptPath && search) {
      const found = await findTranscript(this.claudeConfigDir, this.sessionId);
      if (found) this.state.transcriptPath = found;
    }
    const main2 = this.state.transcriptPath;
    if (!main2) return false;
    let read = await this.readIncrement(main2, void 0);
    for (const sub of await findSubagentTranscripts(main2))
      if (await this.readIncrement(sub, agentIdFromPath(sub))) read = true;
    return read;
  }
  async readIncrement(path2, agentId) {
    const from = this.offsets.get(path2) ?? 0;
    const size = await transcriptSize(path2);
    if (size === void 0 || size <= from) return false;
    try {
      const increment = await readTranscriptIncrement(path2, from, this.transcriptOptions);
      this.tracker.addTranscriptEntries(increment.entries, agentId ? { agentId } : {});
      this.offsets.set(path2, increment.nextOffset);
      this.state.offsets[path2] = increment.nextOffset;
      this.malformedLines += increment.malformedLines;
      return increment.nextOffset > from;
    } catch {
      return false;
    }
  }
};
async function findTranscript(claudeConfigDir, sessionId) {
  const projects = join21(claudeConfigDir, "projects");
  const dirs = await readdir6(projects).catch(() => []);
  for (const dir of dirs) {
    const candidate = join21(projects, dir, `${sessionId}.jsonl`);
    if (await transcriptSize(candidate) !== void 0) return candidate;
  }
  return void 0;
}

// packages/agent/src/sessions.ts
var Sessions = class {
  constructor(options) {
    this.options = options;
  }
  options;
  pipelines = /* @__PURE__ */ new Map();
  get size() {
    return this.pipelines.size;
  }
  get(sessionId) {
    return this.pipelines.get(sessionId);
  }
  has(sessionId) {
    return this.pipelines.has(sessionId);
  }
  values() {
    return this.pipelines.values();
  }
  delete(sessionId) {
    this.pipelines.delete(sessionId);
  }
  /** The session's pipeline; a new one loads what an earlier run persisted (`ready` resolves then). */
  pipelineFor(sessionId) {
    let p = this.pipelines.get(sessionId);
    if (!p) {
      const created = this.create(sessionId, void 0);
      this.pipelines.set(sessionId, created);
      created.ready = this.options.store.loadState(sessionId).then((state) => {
        if (state) created.adoptPersisted(state);
      }).catch(() => void 0);
      p = created;
    }
    return p;
  }
  /** Puts a session back into memory from its persisted state (spool replay, resumed exports). */
  restore(sessionId, state) {
    this.pipelines.set(sessionId, this.create(sessionId, state));
  }
  /**
   * Ended, idle for more than `graceMs`, nothing left to reconcile, publish or export, and every counted span id
   * in the state file.
   */
  retirable(p, graceMs) {
    return p.state.ended && this.options.now() - p.state.lastActivityMs >= graceMs && this.settled(p) && this.pipelines.get(p.sessionId) === p;
  }
  /** Nothing of the session is left to reconcile, publish, export or persist: its memory may go. */
  settled(p) {
    return !this.options.exportPending(p.sessionId) && !this.options.reconcilePending(p.sessionId) && p.inFlight === 0 && !p.journalPending;
  }
  /**
   * An ended session's memory goes with its last checkpoint (or the state write that lists its last counted ids)
   * once the grace period is over (`/status` shows it that long), not at the next sweep; its state is on disk: a
   * late event or a `--resume` loads it back.
   */
  retireIfDone(p) {
    if (this.retirable(p, this.options.retireAfterMs)) this.pipelines.delete(p.sessionId);
  }
  create(sessionId, state) {
    const { claudeConfigDir, pricing, now, exporterNames } = this.options;
    const transcriptOptions = this.options.transcriptOptions?.();
    return new SessionPipeline({
      sessionId,
      claudeConfigDir,
      ...pricing ? { pricing } : {},
      ...state ? { state } : {},
      now,
      exporters: exporterNames,
      ...transcriptOptions ? { transcriptOptions } : {}
    });
  }
};

// packages/agent/src/spool.ts
import { mkdir as mkdir6, open as open7, readdir as readdir7, readFile as readFile13, rm as rm6, truncate as truncate3 } from "node:fs/promises";
import { join as join22 } from "node:path";
var realIo = {
  write: async (handle2, data, offset, length) => (await handle2.write(data, offset, length)).bytesWritten,
  sync: (handle2) => handle2.sync()
};
var DEFAULT_SPOOL_SEGMENT_BYTES = 4 * 1024 * 1024;
var DEFAULT_SPOOL_MAX_BYTES = 256 * 1024 * 1024;
var Spool = class {
  dir;
  segmentBytes;
  maxTotalBytes;
  io;
  now;
  segments = [];
  handle;
  /** The current segment's tail may hold a partial line that could not be cut off: append to a new one. */
  broken = false;
  nextN = 1;
  queue = [];
  writing = false;
  closed = false;
  /** Segments (their bytes and records) deleted unread because the spool outgrew its limit. */
  droppedSegments = 0;
  droppedBytes = 0;
  droppedRecords = 0;
  /** Appends that failed (each rejected its requests, which were answered with a failure). */
  failedWrites = 0;
  /** Short writes completed by writing the rest. */
  shortWrites = 0;
  constructor(dir, options = {}) {
    this.dir = dir;
    this.segmentBytes = options.segmentBytes ?? DEFAULT_SPOOL_SEGMENT_BYTES;
    this.maxTotalBytes = options.maxTotalBytes ?? DEFAULT_SPOOL_MAX_BYTES;
    this.io = options.io ?? realIo;
    this.now = options.now ?? Date.now;
  }
  /** Total bytes on disk. */
  get bytes() {
    return this.segments.reduce((sum2, s) => sum2 + s.bytes, 0);
  }
  get segmentCount() {
    return this.segments.length;
  }
  get limitBytes() {
    return this.maxTotalBytes;
  }
  /**
   * Opens the spool and reads every record already in it (oldest first) into `onRecord`. A line cut short by a
   * crash at a segment's end is cut off the file; other bad lines are skipped; all are counted. A segment with
   * nothing readable is moved aside. Appends then go to a fresh segment.
   */
  async open(onRecord) {
    await mkdir6(this.dir, { recursive: true, mode: 448 });
    const names = (await readdir7(this.dir)).filter((n) => /^\d{8}\.jsonl$/.test(n)).sort();
    let records = 0;
    let corrupt = 0;
    let tornTails = 0;
    let quarantined = 0;
    for (const name of names) {
      const path2 = join22(this.dir, name);
      const data = await readFile13(path2).catch(() => void 0);
      if (!data) {
        if (await quarantineFile(path2, this.now())) quarantined++;
        continue;
      }
      const segment = { name, bytes: data.length, records: 0, sessions: /* @__PURE__ */ new Set() };
      const end = data.lastIndexOf(10) + 1;
      if (end < data.length) {
        tornTails++;
        corrupt++;
        await truncate3(path2, end).catch(() => void 0);
        segment.bytes = end;
      }
      let bad = 0;
      for (const line of data.subarray(0, end).toString("utf8").split("\n")) {
        if (!line) continue;
        const record = parseRecord2(line);
        if (!record) {
          bad++;
          continue;
        }
        segment.records++;
        this.nextN = Math.max(this.nextN, record.n + 1);
        for (const s of record.s) segment.sessions.add(s);
        onRecord(record);
      }
      records += segment.records;
      corrupt += bad;
      if (segment.records === 0 && bad > 0) {
        if (await quarantineFile(path2, this.now())) quarantined++;
        continue;
      }
      this.segments.push(segment);
    }
    await this.startSegment(names.length > 0 ? Number(names[names.length - 1].slice(0, 8)) + 1 : 1);
    return { records, corrupt, tornTails, quarantined };
  }
  /** Writes a record and resolves once it is on disk (fsync'd). Rejects with `SPOOL_IO` when it cannot be. */
  append(ch, sessions, body, receivedAtMs) {
    if (this.closed) return Promise.reject(new GlassboxError("SPOOL_IO", "spool is closed"));
    const record = { n: this.nextN++, t: receivedAtMs, ch, s: sessions, body };
    const line = `${JSON.stringify(record)}
`;
    return new Promise((resolve7, reject) => {
      this.queue.push({ line, sessions, resolve: resolve7, reject });
      void this.drain();
    }).then(() => record);
  }
  /** Deletes closed segments none of whose sessions is still in use. */
  async prune(isSessionDone) {
    let removed = 0;
    const current = this.segments[this.segments.length - 1];
    for (const segment of [...this.segments]) {
      if (segment === current) continue;
      if ([...segment.sessions].every(isSessionDone)) {
        await rm6(join22(this.dir, segment.name), { force: true });
        this.segments = this.segments.filter((s) => s !== segment);
        removed++;
      }
    }
    return removed;
  }
  async close() {
    this.closed = true;
    while (this.writing || this.queue.length > 0) await new Promise((r) => setTimeout(r, 5));
    await this.handle?.close().catch(() => void 0);
    this.handle = void 0;
  }
  async startSegment(index) {
    await this.handle?.close().catch(() => void 0);
    this.handle = void 0;
    const name = `${String(index).padStart(8, "0")}.jsonl`;
    this.handle = await open7(join22(this.dir, name), "a", 384);
    await fsyncDir(this.dir);
    this.segments.push({ name, bytes: 0, records: 0, sessions: /* @__PURE__ */ new Set() });
    this.broken = false;
  }
  async drain() {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        try {
          await this.writeBatch(batch);
          for (const w of batch) w.resolve();
        } catch (error) {
          this.failedWrites++;
          const failure = new GlassboxError("SPOOL_IO", "could not write the spool", {
            cause: error,
            retryable: true
          });
          for (const w of batch) w.reject(failure);
        }
        await this.enforceLimit();
      }
    } finally {
      this.writing = false;
    }
  }
  async writeBatch(batch) {
    let current = this.segments[this.segments.length - 1];
    if (this.broken || !this.handle || current.bytes >= this.segmentBytes) {
      await this.startSegment(Number(current.name.slice(0, 8)) + 1);
      current = this.segments[this.segments.length - 1];
    }
    const handle2 = this.handle;
    const data = Buffer.from(batch.map((w) => w.line).join(""));
    let done = 0;
    try {
      while (done < data.length) {
        const n = await this.io.write(handle2, data, done, data.length - done);
        if (!(n > 0)) throw new GlassboxError("SPOOL_IO", "write made no progress");
        if (done + n < data.length) this.shortWrites++;
        done += n;
      }
      await this.io.sync(handle2);
    } catch (error) {
      try {
        await handle2.truncate(current.bytes);
      } catch {
        this.broken = true;
      }
      throw error;
    }
    current.bytes += data.length;
    current.records += batch.length;
    for (const w of batch) for (const s of w.sessions) current.sessions.add(s);
  }
  async enforceLimit() {
    while (this.bytes > this.maxTotalBytes && this.segments.length > 1) {
      const oldest = this.segments.shift();
      this.droppedBytes += oldest.bytes;
      this.droppedRecords += oldest.records;
      this.droppedSegments++;
      await rm6(join22(this.dir, oldest.name), { force: true }).catch(() => void 0);
    }
  }
};
function parseRecord2(line) {
  try {
    const r = JSON.parse(line);
    if (typeof r !== "object" || r === null) return void 0;
    if (typeof r.n !== "number" || typeof r.t !== "number" || r.ch !== "mod" && r.ch !== "hook")
      return void 0;
    if (!Array.isArray(r.s) || !r.s.every((s) => typeof s === "string")) return void 0;
    return r;
  } catch {
    return void 0;
  }
}

// packages/agent/src/state-writer.ts
var STATE_SAVE_DELAY_MS = 1e3;
var StateWriter = class {
  constructor(options) {
    this.options = options;
  }
  options;
  timers = /* @__PURE__ */ new Map();
  /** Writes a session's state within `STATE_SAVE_DELAY_MS`. */
  saveSoon(p) {
    if (this.timers.has(p.sessionId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(p.sessionId);
      void this.write(p);
    }, STATE_SAVE_DELAY_MS);
    timer.unref();
    this.timers.set(p.sessionId, timer);
  }
  /** Writes a session's state now, replacing a pending delayed write. */
  async saveNow(p) {
    const timer = this.timers.get(p.sessionId);
    if (timer) clearTimeout(timer);
    this.timers.delete(p.sessionId);
    await this.write(p);
  }
  /**
   * State writes of a session run one after another (each serialises the state when its turn comes), so the
   * file on disk only grows; once one is written, the counted ids it lists leave the journal.
   */
  write(p) {
    const { store, count: count2, stopping, exportDone, clearExportPending, journalWritten } = this.options;
    const run = p.stateWrites.then(async () => {
      const upTo = p.journalForState();
      const delivered = p.state.exportPending === true && exportDone(p);
      if (delivered) delete p.state.exportPending;
      await store.saveState(p.state);
      if (delivered) await clearExportPending(p.sessionId);
      p.stateWritten(upTo);
      if (!p.journalPending) journalWritten(p);
    });
    p.stateWrites = run.catch(() => {
      count2("state_write_error");
      if (p.journalPending && !stopping()) this.saveSoon(p);
    });
    return p.stateWrites;
  }
};

// packages/agent/src/sweep.ts
var SWEEP_RECONCILE_MS = 3e4;
var STORE_RETENTION_MS = 30 * 24 * 60 * 6e4;
var STORE_PRUNE_EVERY_MS = 60 * 6e4;
var Sweeper = class {
  constructor(options) {
    this.options = options;
  }
  options;
  sweeping = false;
  lastStorePruneMs = 0;
  async sweep() {
    const { sessions, spool, store, queue, log, count: count2 } = this.options;
    if (this.sweeping || this.options.stopping()) return;
    this.sweeping = true;
    try {
      const now = this.options.now();
      for (const p of [...sessions.values()]) {
        try {
          await this.sweepSession(p, now);
        } catch (error) {
          count2("sweep_session_error");
          log(`sweep of ${p.sessionId} failed: ${String(error)}`);
        }
      }
      await spool.prune((sessionId) => !sessions.has(sessionId)).catch(() => void 0);
      if (now - this.lastStorePruneMs > STORE_PRUNE_EVERY_MS) {
        this.lastStorePruneMs = now;
        await store.pruneOlderThan(STORE_RETENTION_MS, now).catch(() => void 0);
      }
      const { idleTimeoutMs } = this.options;
      const idleFor = now - this.options.lastRequestMs();
      if (idleTimeoutMs > 0 && sessions.size === 0 && idleFor > idleTimeoutMs && // What waits for a down exporter is marked for the next start: it does not keep the agent up.
      (!queue.hasPending() || queue.stalled()) && await this.options.claimIdleExit(now - idleTimeoutMs)) {
        this.options.exitIdle();
      }
    } catch (error) {
      log(`sweep failed: ${String(error)}`);
    } finally {
      this.sweeping = false;
    }
  }
  async sweepSession(p, now) {
    const { sessions, reconciler, states, checkpoints, queue, staleSessionMs } = this.options;
    const idle = now - p.state.lastActivityMs;
    const exportPending = queue.hasPending(p.sessionId);
    const pending = exportPending || reconciler.isPending(p.sessionId);
    const pinned = exportPending && !reconciler.isPending(p.sessionId) && p.inFlight === 0 && (p.state.ended || idle > staleSessionMs) && idle > this.options.exportPinMs;
    if (sessions.retirable(p, this.options.retireAfterMs) || !pending && idle > staleSessionMs || pinned) {
      if (!p.state.ended) await reconciler.reconcileNow(p, { final: true });
      if (pinned || queue.hasPending(p.sessionId)) await checkpoints.markExportPending(p.sessionId);
      await states.saveNow(p);
      if (sessions.settled(p) || pinned && !p.journalPending) sessions.delete(p.sessionId);
      return;
    }
    if (now - p.lastReconcileMs >= SWEEP_RECONCILE_MS && (p.dirty || await p.transcriptGrew()))
      reconciler.schedule(p, 0);
  }
};

// packages/agent/src/transcript-catch-up.ts
var CATCH_UP_INTERVAL_MS = 1e3;
var TranscriptCatchUp = class {
  constructor(options) {
    this.options = options;
  }
  options;
  running = false;
  async tick() {
    if (this.running) return;
    this.running = true;
    try {
      for (const p of [...this.options.sessions()]) {
        const known = p.state.transcriptPath ?? p.transcriptToBe;
        if (p.state.ended || !known || p.inFlight > 0 || this.options.isPending(p.sessionId)) continue;
        try {
          if (await p.transcriptGrew()) await p.catchUp();
        } catch {
          this.options.count("catch_up_error");
        }
      }
    } finally {
      this.running = false;
    }
  }
};

// packages/agent/src/agent-parts.ts
function buildAgentParts(options, targets, agent) {
  const { config } = options;
  const { now, log, counters, stopping } = agent;
  const retireAfterMs = options.retireAfterMs ?? 2e3;
  const store = new SessionStore(config.dataDir);
  const spool = new Spool(join23(config.dataDir, "spool"), {
    ...config.spoolMaxBytes !== void 0 ? { maxTotalBytes: config.spoolMaxBytes } : {},
    ...options.spoolIo ? { io: options.spoolIo } : {},
    ...options.spoolSegmentBytes !== void 0 ? { segmentBytes: options.spoolSegmentBytes } : {}
  });
  const sessions = new Sessions({
    store,
    claudeConfigDir: config.claudeConfigDir,
    pricing: options.pricing ?? defaultPricing(),
    now,
    exporterNames: targets.map((t) => t.name),
    transcriptOptions: () => agent.audit()?.transcriptOptions,
    retireAfterMs,
    exportPending: (sessionId) => queue.hasPending(sessionId),
    reconcilePending: (sessionId) => reconciler.isPending(sessionId)
  });
  const reconciler = new Reconciler({
    now,
    log,
    publish: (p, trace) => publisher.publish(p, trace)
  });
  const metrics = new MetricsJournal({
    dataDir: config.dataDir,
    store,
    now,
    count: counters.count,
    saveStateSoon: (p) => states.saveSoon(p),
    stopping
  });
  const budget = new BudgetGuard({
    settings: config.budget,
    home: agentHomeOf2(config),
    plugin: config.plugin ?? "glassbox-agent",
    now,
    count: counters.count,
    attributes: attributionAttributes({ user: config.userId, team: config.team })
  });
  const states = new StateWriter({
    store,
    count: counters.count,
    stopping,
    exportDone: (p) => p.inFlight === 0 && !reconciler.isPending(p.sessionId) && !queue.hasPending(p.sessionId) && !checkpoints.wasEvicted(p.sessionId),
    clearExportPending: (sessionId) => checkpoints.clearExportPending(sessionId),
    journalWritten: (p) => {
      metrics.release(p);
      sessions.retireIfDone(p);
    }
  });
  const checkpoints = new ExportCheckpoints({
    dataDir: config.dataDir,
    store,
    sessions,
    count: counters.count,
    exportPending: (sessionId) => queue.hasPending(sessionId),
    saveStateNow: (p) => states.saveNow(p)
  });
  const queue = new ExportQueue({
    targets,
    resource: { attributes: resourceAttributes(agent.version) },
    collectMetrics: () => [
      ...metrics.registry.collect(now(), "cumulative"),
      ...selfMetrics(droppedCounts({ spool, store, queue, counters }), agent.startedAtMs, now()),
      ...budget.metrics()
    ],
    onDelivered: (sessionId, exporter, spanIds, logIds) => checkpoints.checkpoint(sessionId, exporter, spanIds, logIds),
    ...options.exportBackoffMs !== void 0 ? { initialBackoffMs: options.exportBackoffMs } : {},
    ...config.exportMaxPendingItems !== void 0 ? { maxPendingItems: config.exportMaxPendingItems } : {},
    onEvicted: (sessionId, _exporter, n) => checkpoints.evict(sessionId, n),
    now
  });
  const publisher = new Publisher({
    config,
    store,
    metrics,
    queue,
    audit: agent.audit,
    count: counters.count,
    budget,
    saveStateSoon: (p) => states.saveSoon(p)
  });
  const applier = new EventApplier({
    captureContent: config.captureContent,
    hashKey: agent.hashKey,
    sessions,
    store,
    reconciler,
    counters
  });
  const ingest = new Ingest({
    spool,
    sessions,
    applier,
    // Both plugins installed run notify.sh twice per event: the repeat is answered with nothing.
    duplicateHooks: new DuplicateHooks(),
    duplicateModEvents: new DuplicateModEvents(),
    counters,
    log,
    answer: (p, input) => answerHook({ config, reconciler, budget }, p, input)
  });
  const catchUp = new TranscriptCatchUp({
    sessions: () => sessions.values(),
    isPending: (sessionId) => reconciler.isPending(sessionId),
    count: counters.count
  });
  const sweeper = new Sweeper({
    sessions,
    reconciler,
    states,
    checkpoints,
    queue,
    spool,
    store,
    now,
    log,
    count: counters.count,
    stopping,
    retireAfterMs,
    staleSessionMs: options.staleSessionMs ?? 24 * 60 * 6e4,
    exportPinMs: options.exportPinMs ?? 6e4,
    idleTimeoutMs: config.idleTimeoutMs,
    lastRequestMs: agent.lastRequestMs,
    claimIdleExit: (idleSinceMs) => claimIdleExit(agentHomeOf2(config), agent.endpoint(), idleSinceMs),
    exitIdle: () => void agent.stop("idle")
  });
  const livenessWatch = new LivenessWatch({
    liveness: new ProcessLiveness({ claudeConfigDir: config.claudeConfigDir }),
    sessions,
    reconciler,
    states,
    now,
    log,
    stopping
  });
  return {
    store,
    spool,
    sessions,
    reconciler,
    metrics,
    budget,
    states,
    checkpoints,
    queue,
    publisher,
    applier,
    ingest,
    catchUp,
    sweeper,
    livenessWatch
  };
}

// packages/agent/src/agent-server.ts
import { createServer } from "node:http";

// packages/agent/src/read-body.ts
function readBody(req, limit) {
  return new Promise((resolve7) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      resolve7({ ok: false, reason: "body_too_large" });
      return;
    }
    const chunks = [];
    let size = 0;
    let done = false;
    req.on("data", (chunk) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        resolve7({ ok: false, reason: "body_too_large" });
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (done) return;
      done = true;
      const bytes = Buffer.concat(chunks);
      resolve7({ ok: true, text: bytes.toString("utf8"), bytes });
    });
    req.on("error", () => {
      if (done) return;
      done = true;
      resolve7({ ok: false, reason: "aborted" });
    });
    req.on("aborted", () => {
      if (done) return;
      done = true;
      resolve7({ ok: false, reason: "aborted" });
    });
  });
}

// packages/agent/src/request-auth.ts
import { createHash as createHash9, createHmac as createHmac4, timingSafeEqual } from "node:crypto";

// packages/agent/src/nonce-cache.ts
var NonceCache = class {
  max;
  nonces = /* @__PURE__ */ new Set();
  /** A binary min-heap on `ts`: the next to forget or evict is at the top. */
  heap = [];
  floorTs = Number.NEGATIVE_INFINITY;
  constructor(options = {}) {
    this.max = Math.max(1, options.max ?? 1e5);
  }
  /** Checks a verified request's nonce and timestamp (already inside the window), and spends the nonce. */
  spend(nonce, ts, now) {
    while (this.heap.length > 0 && now - this.heap[0].ts > CHANNEL_MAX_SKEW_MS) this.pop();
    if (this.nonces.has(nonce)) return { ok: false, reason: "auth_replay" };
    if (ts <= this.floorTs) return { ok: false, reason: "auth_before_floor" };
    this.push({ ts, nonce });
    if (this.heap.length > this.max) this.floorTs = Math.max(this.floorTs, this.pop().ts);
    return { ok: true };
  }
  /** Nonces remembered now. */
  get size() {
    return this.heap.length;
  }
  /** Requests signed at or before this are refused (-Infinity until the cache first overflows). */
  get floor() {
    return this.floorTs;
  }
  push(entry) {
    const h = this.heap;
    this.nonces.add(entry.nonce);
    let i = h.push(entry) - 1;
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (h[parent].ts <= entry.ts) break;
      h[i] = h[parent];
      i = parent;
    }
    h[i] = entry;
  }
  pop() {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    this.nonces.delete(top.nonce);
    if (h.length === 0) return top;
    let i = 0;
    for (; ; ) {
      const l = 2 * i + 1;
      if (l >= h.length) break;
      const r = l + 1;
      const child = r < h.length && h[r].ts < h[l].ts ? r : l;
      if (h[child].ts >= last.ts) break;
      h[i] = h[child];
      i = child;
    }
    h[i] = last;
    return top;
  }
};

// packages/agent/src/request-drop.ts
import { constants } from "node:fs";
import { lstat as lstat3, open as open8, readdir as readdir8, unlink as unlink2 } from "node:fs/promises";
import { join as join25 } from "node:path";

// packages/agent/src/remove-stale-files.ts
import { lstat as lstat2, unlink } from "node:fs/promises";
import { join as join24 } from "node:path";
async function removeStaleFiles(dir, names, nowMs, maxAgeMs) {
  for (const name of names) {
    const path2 = join24(dir, name);
    const s = await lstat2(path2).catch(() => void 0);
    if (s && nowMs - s.mtimeMs > maxAgeMs) await unlink(path2).catch(() => void 0);
  }
}

// packages/agent/src/request-drop.ts
async function prepareRequestDrops(home, nowMs) {
  const dir = join25(home, REQUEST_DROP_DIR);
  try {
    await ensureAgentHome(dir);
    await removeStaleFiles(dir, await readdir8(dir), nowMs, 2 * CHANNEL_MAX_SKEW_MS);
  } catch {
  }
}
async function takeRequestDrop(home, nonce, maxBytes, nowMs) {
  if (!/^[0-9a-f]{32}$/.test(nonce)) return { ok: false, reason: "auth_malformed" };
  const dir = join25(home, REQUEST_DROP_DIR);
  const uid = ownUid();
  const d = await lstat3(dir).catch(() => void 0);
  if (!d?.isDirectory() || d.uid !== uid || (d.mode & 63) !== 0)
    return { ok: false, reason: "auth_drop_untrusted" };
  const path2 = join25(dir, nonce);
  const file = await open8(path2, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(
    () => void 0
  );
  if (!file) return { ok: false, reason: "auth_drop_missing" };
  try {
    const s = await file.stat();
    if (!s.isFile() || s.uid !== uid || (s.mode & 63) !== 0)
      return { ok: false, reason: "auth_drop_untrusted" };
    if (Math.abs(nowMs - s.mtimeMs) > CHANNEL_MAX_SKEW_MS) return { ok: false, reason: "auth_stale" };
    if (s.size > maxBytes) return { ok: false, reason: "body_too_large" };
    const bytes = await file.readFile();
    if (bytes.length > maxBytes) return { ok: false, reason: "body_too_large" };
    const taken = await unlink2(path2).then(
      () => true,
      () => false
    );
    return taken ? { ok: true, bytes } : { ok: false, reason: "auth_drop_missing" };
  } finally {
    await file.close().catch(() => void 0);
  }
}

// packages/agent/src/request-auth.ts
var RequestAuth = class {
  key;
  port;
  now;
  nonces;
  home;
  constructor(options) {
    this.key = options.key;
    this.home = options.home;
    this.port = options.port;
    this.now = options.now ?? Date.now;
    this.nonces = new NonceCache(options.maxNonces !== void 0 ? { max: options.maxNonces } : {});
  }
  /** A foreign `Host` (DNS rebinding) or any `Origin` (a web page) is 403; a POST that is not JSON is 415. */
  screen(method, headers) {
    const host = headers.host?.toLowerCase();
    const port = this.port();
    const hosts = ["127.0.0.1", "localhost", `127.0.0.1:${port}`, `localhost:${port}`];
    if (host === void 0 || !hosts.includes(host)) return { ok: false, status: 403, reason: "auth_host" };
    if (headers.origin !== void 0) return { ok: false, status: 403, reason: "auth_origin" };
    if (method === "POST") {
      const type = headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
      if (type !== "application/json") return { ok: false, status: 415, reason: "auth_content_type" };
    }
    return { ok: true };
  }
  /** Whether the request carries any of the channel headers (a bare `GET /health` carries none). */
  static signed(headers) {
    return headers[CHANNEL_HEADER_SIG] !== void 0 || headers[CHANNEL_HEADER_TS] !== void 0 || headers[CHANNEL_HEADER_NONCE] !== void 0 || headers[CHANNEL_HEADER_DROP] !== void 0;
  }
  /** Whether the request says its body was left as a file (`CHANNEL_HEADER_DROP`). */
  static dropped(headers) {
    return headers[CHANNEL_HEADER_DROP] !== void 0;
  }
  /**
   * A hook's request left as a file: a timestamp in the window, the nonce, nothing on the wire but them, then the
   * file taken (`takeRequestDrop`: ours, 0600, fresh, read and removed) and the nonce spent. Its proof is the 0700
   * home, as for `agent.key`; nothing is signed.
   */
  async takeDrop(headers, wireBytes, maxBytes) {
    const refused = this.headerRefusal(headers, CHANNEL_HEADER_DROP, wireBytes !== 0);
    if (refused) return refused;
    const ts = headers[CHANNEL_HEADER_TS];
    const nonce = headers[CHANNEL_HEADER_DROP];
    const now = this.now();
    if (this.home === void 0) return { ok: false, status: 401, reason: "auth_drop_untrusted" };
    const taken = await takeRequestDrop(this.home, nonce, maxBytes, now);
    if (!taken.ok)
      return { ok: false, status: taken.reason === "body_too_large" ? 413 : 401, reason: taken.reason };
    const spent = this.nonces.spend(nonce, Number(ts), now);
    if (!spent.ok) return { ok: false, status: 401, reason: spent.reason };
    return { ok: true, nonce, bytes: taken.bytes };
  }
  /**
   * The checks that need no body (headers present and well formed, timestamp in the window): run before the body
   * is read, so an unauthenticated client cannot make the agent buffer one.
   */
  precheck(headers) {
    return this.headerRefusal(headers, CHANNEL_HEADER_NONCE, false);
  }
  /**
   * The header checks of both kinds of request: a timestamp, a 32-hex nonce under `nonceHeader` and, for a signed
   * request (`CHANNEL_HEADER_NONCE`), a 64-hex signature, present and well formed (`malformed`: something else is
   * not), and the timestamp in the window.
   */
  headerRefusal(headers, nonceHeader, malformed) {
    const signed = nonceHeader === CHANNEL_HEADER_NONCE;
    const ts = headers[CHANNEL_HEADER_TS];
    const nonce = headers[nonceHeader];
    const sig = signed ? headers[CHANNEL_HEADER_SIG] : "";
    if (typeof ts !== "string" || typeof nonce !== "string" || typeof sig !== "string")
      return { ok: false, status: 401, reason: "auth_missing" };
    if (!/^\d{1,15}$/.test(ts) || !/^[0-9a-f]{32}$/.test(nonce) || signed && !/^[0-9a-f]{64}$/.test(sig) || malformed)
      return { ok: false, status: 401, reason: "auth_malformed" };
    if (Math.abs(this.now() - Number(ts)) > CHANNEL_MAX_SKEW_MS)
      return { ok: false, status: 401, reason: "auth_stale" };
    return void 0;
  }
  /** Checks the signature over method, path, timestamp, nonce and body, then spends the nonce. */
  verify(method, path2, headers, body) {
    const refused = this.precheck(headers);
    if (refused) return refused;
    const ts = headers[CHANNEL_HEADER_TS];
    const nonce = headers[CHANNEL_HEADER_NONCE];
    const sig = headers[CHANNEL_HEADER_SIG];
    const now = this.now();
    const digest2 = createHash9("sha256").update(body).digest("hex");
    const want = createHmac4("sha256", this.key).update(requestSigningText(method, path2, ts, nonce, digest2)).digest();
    if (!timingSafeEqual(want, Buffer.from(sig, "hex")))
      return { ok: false, status: 401, reason: "auth_bad_sig" };
    const spent = this.nonces.spend(nonce, Number(ts), now);
    if (!spent.ok) return { ok: false, status: 401, reason: spent.reason };
    return { ok: true, nonce };
  }
  /** `x-glassbox-sig` of a reply to the request with `nonce`. */
  signReply(nonce, status, body) {
    const digest2 = createHash9("sha256").update(body).digest("hex");
    return createHmac4("sha256", this.key).update(replySigningText(nonce, status, digest2)).digest("hex");
  }
  /** Nonces remembered now (tests, status). */
  get nonceCount() {
    return this.nonces.size;
  }
};

// packages/agent/src/agent-server.ts
function createAgentServer(options) {
  const { counters, log } = options;
  const server = createServer((req, res) => {
    handle(options, req, res).catch((error) => {
      counters.count("internal_error");
      log(`request failed: ${String(error)}`);
      if (!res.headersSent) send(res, 500, {});
      else res.destroy();
    });
  });
  server.on("clientError", (_error, socket) => {
    counters.count("client_error");
    socket.destroy();
  });
  server.keepAliveTimeout = 5e3;
  server.requestTimeout = 3e4;
  return server;
}
async function handle(options, req, res) {
  const { counters, routes } = options;
  const receivedAt = options.now();
  options.onRequest(receivedAt);
  const path2 = (req.url ?? "/").split("?")[0];
  const route = `${req.method} ${path2}`;
  const authenticated = await authenticate(options, req, res, path2 ?? "/", route);
  if (authenticated === void 0) return;
  const { text: text3, nonce } = authenticated;
  counters.request(route);
  if (options.stopping() && route !== "GET /health" && route !== "GET /status") {
    send(res, 503, { error: "agent is stopping" });
    return;
  }
  switch (route) {
    case "GET /health":
    case "GET /v1/health":
      send(res, 200, routes.health());
      return;
    case "GET /v1/hello":
      send(res, 200, { name: "glassbox-agent" });
      return;
    case "GET /status":
      send(res, 200, routes.status());
      return;
    case "POST /v1/mod":
      return reply(res, await routes.mod(text3, receivedAt));
    case "POST /v1/hooks":
      return reply(res, await routes.hook(text3, receivedAt, nonce));
    case "POST /v1/shutdown":
      send(res, 202, { stopping: true });
      routes.shutdown();
      return;
    default:
      counters.count("unknown_route");
      send(res, path2 === "/health" || path2 === "/status" || path2?.startsWith("/v1/") ? 405 : 404, {});
  }
}
async function authenticateDrop({ auth, counters, maxBodyBytes }, req, res, route) {
  const wire = await readBody(req, 64);
  const taken = route !== "POST /v1/hooks" ? { ok: false, status: 401, reason: "auth_drop_route" } : await auth.takeDrop(req.headers, wire.ok ? wire.bytes.length : 65, maxBodyBytes);
  if (!taken.ok) {
    counters.count(taken.reason);
    res.setHeader("connection", "close");
    sendBare(res, taken.status);
    return void 0;
  }
  signReplies(res, (status, text3) => auth.signReply(taken.nonce, status, text3));
  return { text: taken.bytes.toString("utf8"), nonce: taken.nonce };
}
function reply(res, { status, body }) {
  send(res, status, body);
}
async function authenticate({ auth, counters, maxBodyBytes }, req, res, path2, route) {
  const screened = auth.screen(req.method ?? "", req.headers);
  if (!screened.ok) {
    counters.count(screened.reason);
    req.resume();
    sendBare(res, screened.status);
    return void 0;
  }
  const unsigned = !RequestAuth.signed(req.headers);
  if (route === "GET /health" && unsigned) {
    req.resume();
    send(res, 200, { ok: true });
    return void 0;
  }
  if (RequestAuth.dropped(req.headers))
    return authenticateDrop({ auth, counters, maxBodyBytes }, req, res, route);
  const early = auth.precheck(req.headers);
  if (early) {
    counters.count(early.reason);
    res.setHeader("connection", "close");
    req.resume();
    sendBare(res, early.status);
    return void 0;
  }
  const body = await readBody(req, maxBodyBytes);
  if (!body.ok) {
    counters.count(body.reason);
    if (body.reason === "body_too_large") {
      res.setHeader("connection", "close");
      sendBare(res, 413);
    } else res.destroy();
    return void 0;
  }
  const verified2 = auth.verify(req.method ?? "", path2, req.headers, body.bytes);
  if (!verified2.ok) {
    counters.count(verified2.reason);
    sendBare(res, verified2.status);
    return void 0;
  }
  signReplies(res, (status, text3) => auth.signReply(verified2.nonce, status, text3));
  return { text: body.text, nonce: verified2.nonce };
}

// packages/agent/src/hash-key.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { readFile as readFile14 } from "node:fs/promises";
import { join as join26 } from "node:path";
async function loadHashKey(dataDir) {
  const path2 = join26(dataDir, "hash.key");
  try {
    const key2 = (await readFile14(path2, "utf8")).trim();
    if (/^[0-9a-f]{64}$/.test(key2)) return key2;
  } catch {
  }
  const key = randomBytes3(32).toString("hex");
  await writeFileAtomic(path2, key);
  return key;
}

// packages/agent/src/higher-rank-agent.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync2 } from "node:fs";
import { readFile as readFile15 } from "node:fs/promises";
import { join as join27, resolve as resolve6 } from "node:path";
async function higherRankAgent(options) {
  const mine = pluginRank(options.plugin);
  if (mine === 0 || !Object.values(PLUGIN_RANKS).some((r) => r > mine)) return void 0;
  const home = resolve6(options.home);
  const list = options.agentProcesses ?? agentProcessesOf;
  const deadline = Date.now() + options.waitMs;
  for (; ; ) {
    const text3 = await readFile15(join27(home, AGENT_ENDPOINT_FILE), "utf8").catch(() => "");
    const serving = parseAgentEndpoint(text3);
    if (serving?.pid !== void 0 && serving.pid !== process.pid && pluginRank(serving.plugin) > mine && isProcessAlive(serving.pid) && isAgentProcess(serving.pid))
      return serving;
    const starting = list(home).some((p) => p.pid !== process.pid && pluginRank(p.plugin) > mine);
    if (!starting || Date.now() >= deadline) return void 0;
    await new Promise((r) => setTimeout(r, options.pollMs ?? 50));
  }
}
async function standDownForHigherRank(options) {
  const outranked = await higherRankAgent(options);
  if (outranked)
    throw new GlassboxError(
      "AGENT_UNAVAILABLE",
      `the ${outranked.plugin} agent (pid ${outranked.pid}) serves this user on port ${outranked.port}; it outranks ${options.plugin}`,
      { data: { pid: outranked.pid, port: outranked.port } }
    );
}
function agentProcessesOf(home) {
  let names;
  try {
    names = readdirSync2("/proc");
  } catch {
    return [];
  }
  const out = [];
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if (pid === process.pid || !isAgentProcess(pid) || !isProcessAlive(pid)) continue;
    let environ;
    try {
      environ = readFileSync2(`/proc/${pid}/environ`, "utf8");
    } catch {
      continue;
    }
    const env = {};
    for (const kv of environ.split("\0")) {
      const eq = kv.indexOf("=");
      if (eq > 0) env[kv.slice(0, eq)] = kv.slice(eq + 1);
    }
    if (agentHomeFromEnv(env) !== resolve6(home)) continue;
    out.push({ pid, plugin: env.GLASSBOX_PLUGIN });
  }
  return out;
}

// packages/agent/src/plugin-rank.ts
import { readFile as readFile16 } from "node:fs/promises";
import { join as join28 } from "node:path";
async function askLowerRankAgentToStop(options) {
  const mine = pluginRank(options.plugin);
  if (mine === 0) return false;
  const text3 = await readFile16(join28(options.home, AGENT_ENDPOINT_FILE), "utf8").catch(() => "");
  const holder = parseAgentEndpoint(text3);
  if (!holder || holder.port !== options.port || holder.pid === void 0) return false;
  if (pluginRank(holder.plugin) >= mine) return false;
  const { port, key } = options;
  const health = await requestAgent({ port, key, path: "/v1/health", timeoutMs: 1e3 });
  const json = health?.json;
  if (!health?.verified || health.status !== 200 || json?.name !== "glassbox-agent" || json.pid !== holder.pid)
    return false;
  const reply2 = await requestAgent({
    port,
    key,
    method: "POST",
    path: "/v1/shutdown",
    body: "{}",
    timeoutMs: 1e3
  });
  return reply2?.verified === true && reply2.status === 200;
}
async function isStrangerOnPort(port, key) {
  const health = await requestAgent({ port, key, path: "/v1/health", timeoutMs: 1e3 });
  return health !== void 0 && !health.verified;
}

// packages/agent/src/reply-drop.ts
import { mkdir as mkdir7, readdir as readdir9, rename as rename5, writeFile as writeFile4 } from "node:fs/promises";
import { join as join29 } from "node:path";
var REPLY_DROP_DIR = "replies";
var STALE_MS = 6e4;
var PRUNE_AT = 16;
async function dropReply(home, nonce, reply2) {
  if (!/^[0-9a-f]{32}$/.test(nonce) || reply2.status !== 200 || isEmpty(reply2.body)) return false;
  const dir = join29(home, REPLY_DROP_DIR);
  await mkdir7(dir, { mode: 448 }).catch((error) => {
    if (error.code !== "EEXIST") throw error;
  });
  const tmp = join29(dir, `.${nonce}.tmp`);
  await writeFile4(tmp, JSON.stringify(reply2.body), { mode: 384, flag: "wx" });
  await rename5(tmp, join29(dir, nonce));
  return true;
}
async function pruneReplyDrops(home, nowMs) {
  const dir = join29(home, REPLY_DROP_DIR);
  const names = await readdir9(dir).catch(() => []);
  if (names.length >= PRUNE_AT) await removeStaleFiles(dir, names, nowMs, STALE_MS);
}
function isEmpty(body) {
  return typeof body !== "object" || body === null || Object.keys(body).length === 0;
}

// packages/agent/src/ping-health.ts
async function pingHealth(port, key, pid, timeoutMs = 1e3) {
  const reply2 = await requestAgent({ port, key, path: "/v1/health", timeoutMs });
  if (!reply2?.verified || reply2.status !== 200) return false;
  const health = reply2.json;
  return health?.name === "glassbox-agent" && (pid === void 0 || health.pid === pid);
}

// packages/agent/src/take-data-dir-lock.ts
async function takeDataDirLock(dataDir, info, key, waitMs) {
  const isHealthy = (holder) => pingHealth(holder.port, key, holder.pid);
  let lock = await acquireLock(dataDir, info, { isHealthy });
  const waitUntil = Date.now() + waitMs;
  while (!lock.acquired && Date.now() < waitUntil && !await isHealthy(lock.holder)) {
    await new Promise((r) => setTimeout(r, 100));
    lock = await acquireLock(dataDir, info, { isHealthy });
  }
  if (!lock.acquired) {
    throw new GlassboxError(
      "AGENT_UNAVAILABLE",
      lock.verified ? `another agent (pid ${lock.holder.pid}) serves ${dataDir} on port ${lock.holder.port}` : `an agent process (pid ${lock.holder.pid}) that does not answer yet has just locked ${dataDir}`,
      { data: { ...lock.holder } }
    );
  }
}

// packages/agent/src/glassbox-agent.ts
var AGENT_VERSION = true ? "0.1.0" : "0.0.0-dev";
var GlassboxAgent = class _GlassboxAgent {
  constructor(options, targets, problems, lockInfo, key) {
    this.lockInfo = lockInfo;
    this.key = key;
    this.config = options.config;
    this.auth = new RequestAuth({ key, port: () => this.port, home: agentHomeOf2(options.config) });
    this.problems = problems;
    this.log = options.log ?? ((line) => process.stderr.write(`${(/* @__PURE__ */ new Date()).toISOString()} ${line}
`));
    this.now = options.now ?? Date.now;
    this.startedAtMs = this.now();
    this.lastRequestMs = this.startedAtMs;
    this.port = options.config.port;
    this.targets = targets;
    this.livenessIntervalMs = options.livenessIntervalMs ?? 1e3;
    this.catchUpIntervalMs = options.catchUpIntervalMs ?? CATCH_UP_INTERVAL_MS;
    this.parts = buildAgentParts(options, targets, {
      version: this.version,
      startedAtMs: this.startedAtMs,
      now: this.now,
      log: this.log,
      counters: this.counters,
      stopping: () => this.stopping !== void 0,
      audit: () => this.audit,
      hashKey: () => this.hashKey,
      lastRequestMs: () => this.lastRequestMs,
      endpoint: () => this.endpoint(),
      stop: (reason) => this.stop(reason)
    });
    this.closed = new Promise((resolve7) => {
      this.resolveClosed = resolve7;
    });
  }
  lockInfo;
  key;
  config;
  version = AGENT_VERSION;
  problems;
  log;
  now;
  startedAtMs;
  parts;
  counters = new AgentCounters();
  targets;
  /** Set when an `audit` exporter runs: decisions derived from each published trace. */
  audit;
  stopAuditRelay;
  hashKey = "";
  server;
  sweepTimer;
  livenessTimer;
  livenessIntervalMs;
  catchUpIntervalMs;
  catchUpTimer;
  lastRequestMs;
  stopping;
  resolveClosed;
  auth;
  /** Resolves once the agent has stopped (idle, `/v1/shutdown`, `stop()`). */
  closed;
  port;
  /**
   * Takes the data directory's lock, replays the spool, listens, and reconciles what the spool named. Rejects
   * with `AGENT_UNAVAILABLE` when another live agent holds the lock or the port stays taken.
   */
  static async start(options) {
    const { config } = options;
    await mkdir8(config.dataDir, { recursive: true, mode: 448 });
    await standDownForHigherRank({
      home: agentHomeOf2(config),
      plugin: config.plugin,
      waitMs: options.bindRetryMs ?? 1e4
    });
    const problems = [...options.problems ?? []];
    const targets = options.exporters ?? await loadAgentExporters(config, problems);
    const key = await loadOrCreateAgentKey(agentHomeOf2(config));
    await prepareRequestDrops(agentHomeOf2(config), Date.now());
    const info = {
      pid: process.pid,
      port: config.port,
      startedAtMs: Date.now(),
      version: AGENT_VERSION,
      configHash: configHashOf(config.configSource, key)
    };
    await takeDataDirLock(config.dataDir, info, key, options.bindRetryMs ?? 1e4);
    const agent = new _GlassboxAgent(options, targets, problems, info, key);
    try {
      await agent.init(options.bindRetryMs ?? 1e4);
    } catch (error) {
      await agent.shutdownExporters();
      await agent.parts.spool.close().catch(() => void 0);
      await releaseLock(config.dataDir);
      throw error;
    }
    return agent;
  }
  get url() {
    return `http://127.0.0.1:${this.port}`;
  }
  async init(bindRetryMs) {
    const { config } = this;
    this.hashKey = await loadHashKey(config.dataDir);
    await this.parts.store.init();
    await this.parts.metrics.load();
    await this.parts.budget.load();
    const records = [];
    const opened = await this.parts.spool.open((r) => records.push(r));
    this.counters.corruptLines = opened.corrupt;
    this.counters.tornTails = opened.tornTails;
    this.counters.quarantinedSegments = opened.quarantined;
    this.audit = await AuditTrail.create(
      config,
      this.targets.map((t) => t.name),
      config.userId
    );
    if (this.audit)
      this.stopAuditRelay = onAuditCheckpoint(
        (c) => this.parts.queue.offer(AUDIT_CHECKPOINT_SESSION, [], [auditCheckpointLog(c)], {}, false)
      );
    await this.parts.applier.replay(records);
    await this.parts.checkpoints.resumePendingExports();
    this.server = createAgentServer({
      auth: this.auth,
      maxBodyBytes: config.maxBodyBytes,
      counters: this.counters,
      log: this.log,
      now: this.now,
      onRequest: (receivedAt) => {
        this.lastRequestMs = receivedAt;
      },
      stopping: () => this.stopping !== void 0,
      routes: {
        health: () => this.health(),
        status: () => this.status(),
        mod: (text3, receivedAt) => this.parts.ingest.mod(text3, receivedAt),
        hook: async (text3, receivedAt, nonce) => {
          const reply2 = await this.parts.ingest.hook(text3, receivedAt);
          const dropped = await dropReply(agentHomeOf2(config), nonce, reply2).catch((error) => {
            this.counters.count("reply_drop_failed");
            this.log(`reply drop failed: ${String(error)}`);
            return false;
          });
          if (dropped) void pruneReplyDrops(agentHomeOf2(config), this.now());
          return reply2;
        },
        shutdown: () => void this.stop("shutdown requested")
      }
    });
    const home = agentHomeOf2(config);
    await standDownForHigherRank({ home, plugin: config.plugin, waitMs: bindRetryMs });
    await listen(
      this.server,
      config.port,
      bindRetryMs,
      () => askLowerRankAgentToStop({ home, port: config.port, key: this.key, plugin: config.plugin }),
      () => isStrangerOnPort(config.port, this.key)
    );
    this.port = this.server.address().port;
    await writeLock(config.dataDir, { ...this.lockInfo, port: this.port });
    await writeAgentEndpoint(agentHomeOf2(config), this.endpoint());
    this.log(
      `glassbox-agent ${this.version} pid ${process.pid} listening on ${this.url}; data ${config.dataDir}; exporters ${this.targets.map((t) => t.name).join(", ") || "none"}; replayed ${this.counters.replayed} spool records`
    );
    for (const problem of this.problems) this.log(`config: ${problem}`);
    void this.parts.reconciler.recover([...this.parts.sessions.values()]);
    if (!this.parts.metrics.registry.empty) this.parts.queue.markMetricsChanged();
    this.sweepTimer = setInterval(() => void this.parts.sweeper.sweep(), config.sweepIntervalMs);
    this.sweepTimer.unref();
    if (this.livenessIntervalMs > 0) {
      this.livenessTimer = setInterval(() => void this.parts.livenessWatch.check(), this.livenessIntervalMs);
      this.livenessTimer.unref();
    }
    if (this.catchUpIntervalMs > 0) {
      this.catchUpTimer = setInterval(() => void this.parts.catchUp.tick(), this.catchUpIntervalMs);
      this.catchUpTimer.unref();
    }
  }
  /** Stops accepting, reconciles and exports what it can (bounded), releases the lock. Idempotent. */
  stop(reason = "stop") {
    this.stopping ??= this.doStop(reason);
    return this.stopping;
  }
  /** What `agent.endpoint` says once the agent listens. */
  endpoint() {
    return {
      port: this.port,
      pid: process.pid,
      startedMs: this.lockInfo.startedAtMs,
      plugin: this.config.plugin ?? "glassbox-agent"
    };
  }
  async doStop(reason) {
    this.log(`stopping (${reason})`);
    await removeAgentEndpoint(agentHomeOf2(this.config)).catch(() => void 0);
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    if (this.livenessTimer) clearInterval(this.livenessTimer);
    if (this.catchUpTimer) clearInterval(this.catchUpTimer);
    this.parts.reconciler.cancelAll();
    const deadline = this.now() + (this.parts.queue.stalled() ? 1e3 : 8e3);
    await withTimeout2(
      Promise.all(
        [...this.parts.sessions.values()].map(
          (p) => this.parts.reconciler.reconcileNow(p).catch(() => void 0)
        )
      ),
      3e3
    );
    await this.parts.queue.flush(deadline);
    this.parts.queue.stop();
    this.stopAuditRelay?.();
    this.parts.metrics.cancelSoon();
    await this.parts.metrics.save();
    for (const p of this.parts.sessions.values()) {
      if (this.parts.queue.hasPending(p.sessionId))
        await this.parts.checkpoints.markExportPending(p.sessionId);
      await this.parts.states.saveNow(p);
    }
    await this.parts.metrics.save();
    await this.parts.budget.save();
    await this.shutdownExporters();
    await this.parts.spool.close().catch(() => void 0);
    await new Promise((resolve7) => {
      if (!this.server) return resolve7();
      this.server.close(() => resolve7());
      this.server.closeAllConnections();
    });
    await releaseLock(this.config.dataDir);
    await removeAgentEndpoint(agentHomeOf2(this.config)).catch(() => void 0);
    this.log("stopped");
    this.resolveClosed();
  }
  async shutdownExporters() {
    await Promise.all(
      this.targets.map(
        (t) => withTimeout2(
          Promise.resolve(t.exporter.shutdown()).catch(() => void 0),
          3e3
        )
      )
    );
  }
  health() {
    return agentHealth(
      this.config,
      this.version,
      this.port,
      this.now() - this.startedAtMs,
      this.lockInfo.configHash
    );
  }
  status() {
    return agentStatus({
      ...this.lossSources(),
      config: this.config,
      health: this.health(),
      problems: this.problems,
      exporterNames: this.targets.map((t) => t.name),
      sessions: this.parts.sessions.values(),
      budgets: this.parts.budget.standings(),
      sessionBudget: this.parts.budget.sessionStanding()
    });
  }
  lossSources() {
    return {
      spool: this.parts.spool,
      store: this.parts.store,
      queue: this.parts.queue,
      counters: this.counters
    };
  }
};

// packages/agent/src/run-agent.ts
async function runAgent(options) {
  let agent;
  try {
    agent = await GlassboxAgent.start(options);
  } catch (error) {
    await Promise.all(
      (options.exporters ?? []).map((t) => Promise.resolve(t.exporter.shutdown()).catch(() => void 0))
    );
    if (GlassboxError.is(error, "AGENT_UNAVAILABLE") && error.data && "pid" in error.data) {
      process.stderr.write(`glassbox-agent: ${error.message}; nothing to do
`);
      return 0;
    }
    process.stderr.write(
      `glassbox-agent: cannot start: ${error instanceof Error ? error.message : String(error)}
`
    );
    return 1;
  }
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
    process.once(signal, () => void agent.stop(signal));
  }
  process.on("uncaughtException", (error) => {
    process.stderr.write(`glassbox-agent: uncaught ${error.stack ?? String(error)}
`);
  });
  process.on("unhandledRejection", (reason) => {
    process.stderr.write(`glassbox-agent: unhandled rejection ${String(reason)}
`);
  });
  await agent.closed;
  return 0;
}

// packages/agent/src/main.ts
async function main() {
  const { config, problems } = loadAgentConfig(process.env);
  return runAgent({ config, problems });
}
main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`glassbox-agent: ${String(error)}
`);
    process.exit(1);
  }
);
