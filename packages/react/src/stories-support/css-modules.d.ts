// Stories style the button through a CSS module; Vite turns it into this object of class names.
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
